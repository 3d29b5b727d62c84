<?php
var_dump(ini_get('serialize_precision'));
$f = 0.1 + 0.2;
var_dump($f);
echo json_encode($f), "\n";
ini_set('serialize_precision', '5');
var_dump($f);
echo json_encode($f), " ", var_export($f, true), "\n";
ini_set('serialize_precision', '17');
var_dump($f);
ini_restore('serialize_precision');
var_dump($f);
