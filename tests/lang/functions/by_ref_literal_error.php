<?php
function inc(&$x) { $x++; }
$v = 1;
inc($v);
var_dump($v);
inc(5);
