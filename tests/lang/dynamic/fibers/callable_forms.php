<?php
function plain($x) { echo "plain $x\n"; return Fiber::suspend($x * 2); }
class Worker {
    public function run($x) { echo "method $x\n"; return Fiber::suspend($x + 1); }
    public static function stat($x) { echo "static $x\n"; return $x; }
    public function __invoke($x) { echo "invoke $x\n"; return $x; }
}
$f = new Fiber('plain');
var_dump($f->start(3));
$f->resume('r');
var_dump($f->getReturn());
$g = new Fiber([new Worker, 'run']);
var_dump($g->start(5));
$h = new Fiber('Worker::stat');
$h->start(7);
var_dump($h->getReturn());
$i = new Fiber(new Worker);
$i->start(8);
var_dump($i->getReturn());
$g->resume();
