<?php
$o = new stdClass;
$o->a = 1;
$o->b = ['x' => 2];
$o->c = new stdClass;
$o->c->d = 'deep';
$o->b['y'] = 3;
var_dump($o);
foreach ($o as $k => $v) { echo $k, " => ", gettype($v), "\n"; }
echo count((array) $o), "\n";
$o->{'0'} = 'zero';
$o->{'12'} = 'twelve';
var_dump((array) $o);
unset($o->a);
var_dump(isset($o->a), property_exists($o, 'b'));
echo json_encode($o), "\n";
