<?php
class Counter {
    private int $n = 0;
    public function inc(int $by = 1) { $this->n += $by; return $this->n; }
    private function peek() { return $this->n; }
    public static function make() { return new static; }
}
$c = new Counter;
$inc = (new ReflectionMethod('Counter', 'inc'))->getClosure($c);
$inc(); $inc(5);
$peek = (new ReflectionMethod('Counter', 'peek'))->getClosure($c);
var_dump($peek());
$make = (new ReflectionMethod('Counter', 'make'))->getClosure();
var_dump(get_class($make()));
var_dump($inc instanceof Closure);
