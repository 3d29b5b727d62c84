<?php
$limit = 3;
$gen = function ($start) use ($limit) {
    for ($i = $start; $i < $start + $limit; $i++) yield $i;
};
foreach ($gen(10) as $v) echo $v, " ";
echo "\n";
$total = 0;
$acc = function () use (&$total) {
    while (true) { $total += yield; }
};
$a = $acc();
$a->current();
$a->send(5);
$a->send(7);
echo "total $total\n";
$arrow = fn($n) => yield $n * 2;
$ag = $arrow(21);
echo get_class($ag), " ", $ag->current(), "\n";
$ag->send('ret');
var_dump($ag->getReturn());
class C {
    public $v = 'prop';
    public function make() { return function () { yield $this->v; yield static::class; }; }
}
foreach ((new C)->make()() as $x) echo $x, "\n";
