<?php
// Any value goes through a plain channel unchanged: scalars, NULL, arrays, objects (by handle), closures.
use go\Chan;

$ch = new Chan(8);
$obj = new ArrayObject([1]);
$fn = fn($x) => $x * 3;
foreach ([0, -1.5, '', null, true, [1, [2]], $obj, $fn] as $v) {
    $ch->push($v);
}
for ($i = 0; $i < 6; $i++) {
    var_dump($ch->pop());
}
var_dump($ch->pop() === $obj, ($ch->pop())(7));
