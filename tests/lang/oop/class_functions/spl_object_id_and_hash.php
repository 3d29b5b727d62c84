<?php
$a = new stdClass;
$b = new stdClass;
var_dump(spl_object_id($a), spl_object_id($b));
var_dump(spl_object_id($a) === spl_object_id($a));
$c = $a;
var_dump(spl_object_id($c) === spl_object_id($a));
var_dump(strlen(spl_object_hash($a)), spl_object_hash($a) === spl_object_hash($c), spl_object_hash($a) === spl_object_hash($b));
unset($b);
$d = new stdClass;
var_dump(spl_object_id($d));
