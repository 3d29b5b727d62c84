<?php
// A channel passes values as an assignment does: arrays and strings are copies (changing the
// original later does not change what the receiver gets), objects are shared handles.
use go\Chan;

$ch = new Chan(3);
$list = [1, 2];
$text = 'abc';
$obj = new stdClass();
$obj->v = 'before';
$ch->push($list);
$ch->push($text);
$ch->push($obj);
$list[] = 3;
$text .= 'def';
$obj->v = 'after';
var_dump($ch->pop(), $ch->pop(), $ch->pop()->v);
