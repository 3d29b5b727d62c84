<?php
// foreach by reference over properties, static properties and nested elements
class Box {
    public $items = ['a' => 1, 'b' => 2];
    public static $shared = [10, 20];
    public $nested = ['x' => [1, 2]];
}
$box = new Box;
foreach ($box->items as $k => &$v) $v = "$k=$v";
unset($v);
foreach (Box::$shared as &$s) $s /= 10;
unset($s);
foreach ($box->nested['x'] as &$n) $n = -$n;
unset($n);
var_dump($box->items, Box::$shared, $box->nested);
