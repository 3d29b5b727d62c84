<?php
$ok = false;
$ok or die("died: condition failed\n");
echo "never\n";
