<?php
class Math {
    public function sum(int|float ...$nums): int|float { return array_sum($nums); }
    public function incr(int &$n, int $by = 1): void { $n += $by; }
    public function keyed(string ...$parts): string { return implode(',', array_keys($parts)) . '=' . implode(',', $parts); }
}
$m = new Math;
echo $m->sum(1, 2.5, "3"), "\n";
$v = 5;
$m->incr($v, 10);
echo $v, "\n";
$s = "7";
$m->incr($s);
var_dump($s);
echo $m->keyed('a', 'b'), " ", $m->keyed(x: 'a', y: 'b'), "\n";
echo $m->sum(...[1, 2], ...[3]), "\n";
try { $m->sum(1, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
