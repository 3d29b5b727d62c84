<?php
$a = [];
$v = @$a['x'];
var_dump($v);
echo @$undef, "|\n";
echo error_reporting(), "\n";
