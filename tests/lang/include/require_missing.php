<?php
echo "start\n";
require 'nofile.php';
echo "never\n";
