<?php
echo "main start\n";
include 'inc/stop.inc';
echo "never\n";
