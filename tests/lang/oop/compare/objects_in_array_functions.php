<?php
class P { public function __construct(public $v) {} }
$a = new P(1); $b = new P(1); $c = new P(2);
$list = [$a, $c];
var_dump(in_array($b, $list), in_array($b, $list, true), in_array($a, $list, true));
var_dump(array_search($b, $list), array_search($c, $list, true));
var_dump(array_keys($list, new P(2)));
var_dump(count(array_unique([$a, $b, $c], SORT_REGULAR)));
var_dump($a == $b ? 'equal' : 'diff', $a === $b ? 'same' : 'distinct');
$b->v = 3;
var_dump($a < $b, max($a, $b)->v);
