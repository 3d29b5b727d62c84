<?php
class V { public function __construct(public $v) {} }
$a = ['c' => new V(3), 'a' => new V(1), 'b' => new V(2)];
ksort($a); echo implode(',', array_keys($a)), "\n";
krsort($a); echo implode(',', array_keys($a)), "\n";
asort($a); echo implode(',', array_keys($a)), "\n";
arsort($a); echo implode(',', array_keys($a)), "\n";
$list = [new V(2), new V(10), new V(1)];
sort($list); echo implode(',', array_map(fn($o) => $o->v, $list)), "\n";
rsort($list); echo implode(',', array_map(fn($o) => $o->v, $list)), "\n";
$mixed = [new V('b'), new V('a'), new V('c')];
sort($mixed); echo implode(',', array_column($mixed, 'v')), "\n";
var_dump(max(new V(1), new V(5))->v, min([new V(7), new V(3)])->v);
