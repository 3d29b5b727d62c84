<?php
// references to array elements and properties, auto-vivifying nested arrays
$a = ['k' => 1];
$r = &$a['k'];
$r = 2;
var_dump($a);
$b = [];
$deep = &$b['x']['y'];
$deep = 'deep';
var_dump($b);
$o = new stdClass;
$o->list = [1, 2, 3];
$o->n = 1;
foreach ($o->list as &$v) $v *= 10;
unset($v);
var_dump($o->list);
$p = &$o->n;
$p = 'prop';
$e = &$o->list[1];
$e = 'elem';
var_dump($o);
$copy = $a;
$r = 'after copy';
var_dump($copy['k'], $a['k']);
