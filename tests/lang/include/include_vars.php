<?php
include 'inc/vars.inc';
echo $shared, "\n";
var_dump($counter);
include 'inc/vars.inc';
var_dump($counter);
include __DIR__ . '/inc/vars.inc';
var_dump($counter);
