<?php
$s = var_export([1, "a" => [true]], true);
var_dump($s);
var_dump(var_export(1.0, true));
var_dump(var_export(null, true));
var_dump(var_export("x'y", true));
var_dump(var_export(-0.0, true));
$r = var_export(1);
echo "\n";
var_dump($r);
