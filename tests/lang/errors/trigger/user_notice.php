<?php
echo "a\n";
trigger_error("a notice");
echo "b\n";
trigger_error("explicit notice", E_USER_NOTICE);
echo "c\n";
