<?php
class Holder { public array $items = []; public $map = ['a' => ['b' => 1]]; }
$h = new Holder;
$h->items[] = 'x';
$h->items['k'] = 'y';
$h->map['a']['c'] = 2;
$ref = &$h->items;
$ref[] = 'via ref';
$copy = $h->items;
$copy[] = 'not shared';
print_r($h->items);
print_r($h->map);
function addTo(array &$arr) { $arr[] = 'from fn'; }
addTo($h->items);
echo count($h->items), "\n";
foreach ($h->items as &$v) { $v = strtoupper($v); }
unset($v);
echo implode(',', $h->items), "\n";
list('a' => $inner) = $h->map;
print_r($inner);
