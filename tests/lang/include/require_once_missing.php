<?php
echo "start\n";
require_once 'inc/nofile.inc';
echo "never\n";
