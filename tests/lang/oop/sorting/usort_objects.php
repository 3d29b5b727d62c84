<?php
class P { public function __construct(public string $name, public int $age) {} }
$ps = [new P('bob', 30), new P('amy', 25), new P('cid', 30), new P('dan', 20)];
usort($ps, fn($a, $b) => [$b->age, $a->name] <=> [$a->age, $b->name]);
foreach ($ps as $p) echo "{$p->name}:{$p->age} ";
echo "\n";
$assoc = ['x' => new P('x', 3), 'y' => new P('y', 1), 'z' => new P('z', 2)];
uasort($assoc, fn($a, $b) => $a->age <=> $b->age);
echo implode(',', array_keys($assoc)), "\n";
uksort($assoc, fn($a, $b) => strcmp($b, $a));
echo implode(',', array_keys($assoc)), "\n";
