<?php
echo "a\n";
exit;
echo "b\n";
