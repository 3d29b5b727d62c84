<?php
echo "a\n";
exit();
