<?php
// include of a missing file warns and returns false; require of one is fatal
$r = include 'inc/does_not_exist.inc';
var_dump($r);
$r = @include 'inc/does_not_exist.inc';
var_dump($r);
echo "before require\n";
require 'inc/does_not_exist.inc';
echo "not reached\n";
