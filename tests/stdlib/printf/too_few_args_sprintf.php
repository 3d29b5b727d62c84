<?php
echo sprintf("%s", "x", "extra", "ignored"), "\n";
// too few arguments: the ArgumentCountError, uncaught, ends the script
echo sprintf("%d %d %d", 1), "\n";
echo "not reached\n";
