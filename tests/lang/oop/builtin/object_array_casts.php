<?php
$o = (object) ['a' => 1, 'b' => [2, 3], 5 => 'five'];
var_dump($o);
echo $o->a, " ", $o->{'5'}, "\n";
var_dump((object) 'str', (object) null, (object) 12);
$arr = (array) $o;
var_dump($arr[5]);
var_dump((array) new stdClass);
var_dump((array) 'x', (array) null);
