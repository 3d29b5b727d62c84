<?php
class Calc {
    private int $base = 10;
    public function add(int $a, int $b = 1) { return $this->base + $a + $b; }
    private function secret($x) { return "secret $x"; }
    public static function twice($x) { return $x * 2; }
    public function variadic(...$xs) { return implode('|', $xs); }
}
$c = new Calc;
$m = new ReflectionMethod('Calc', 'add');
var_dump($m->invoke($c, 5), $m->invoke($c, 5, 5), $m->invokeArgs($c, [1, 2]), $m->invokeArgs($c, ['b' => 100, 'a' => 1]));
$s = new ReflectionMethod('Calc', 'secret');
$s->setAccessible(true);
var_dump($s->invoke($c, 'ok'));
$t = new ReflectionMethod('Calc::twice');
var_dump($t->invoke(null, 21), $t->invokeArgs(null, [4]));
$v = new ReflectionMethod('Calc', 'variadic');
var_dump($v->invoke($c, 'a', 'b', 'c'), $v->invokeArgs($c, []));
