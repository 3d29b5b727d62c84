<?php
$a = new stdClass;
$a->name = 'a';
$a->self = $a;
$a->arr = [$a];
var_dump($a);
print_r($a);
echo "\n";
var_export($a);
echo "\n";
echo json_encode($a) === false ? json_last_error_msg() : 'encoded', "\n";
