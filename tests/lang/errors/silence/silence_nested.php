<?php
function inner() { echo "inner er=", error_reporting(), "\n"; return @$q; }
function outer() { $v = @inner(); echo "outer er=", error_reporting(), "\n"; return $v; }
var_dump(@outer());
echo "top er=", error_reporting(), "\n";
