<?php
function g() { yield 1; }
$gen = g();
var_dump($gen);
print_r($gen);
echo "\n";
var_export($gen);
echo "\n";
var_dump((array) $gen, json_encode($gen));
$h = g();
var_dump(spl_object_id($gen) !== spl_object_id($h));
