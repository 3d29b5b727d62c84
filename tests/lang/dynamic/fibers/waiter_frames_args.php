<?php
// traces taken in a fiber show the arguments of the waiting threads' frames, which no exception unwinds
function fail(string $tag) {
    throw new RuntimeException($tag);
}
function drive(Fiber $f, $round, array $opts = []) {
    $round .= '!';
    return $f->resume($round);
}
function outer($f, ...$more) { return drive($f, 2, ['x' => 1]); }
class Runner {
    public function run(Fiber $f, int $n) { $n++; return $f->resume($n); }
}
$f = new Fiber(function () {
    $v = Fiber::suspend();
    try {
        fail("second $v");
    } catch (RuntimeException $e) {
        echo $e->getTraceAsString(), "\n";
        $t = $e->getTrace();
        echo count($t), " ", $t[3]['function'], " ", json_encode($t[3]['args'] ?? 'none'), "\n";
        echo $t[4]['function'], " ", count($t[4]['args']), "\n";
    }
    $v = Fiber::suspend();
    $e = new LogicException("made $v");
    echo $e->getTraceAsString(), "\n";
    Fiber::suspend();
    throw new LogicException("out");
});
$f->start();
outer($f, 'extra', 3);
(new Runner)->run($f, 4);
$resume = function ($fiber, $n) { return $fiber->resume($n); };
try {
    $resume($f, 7);
} catch (LogicException $e) {
    echo $e->getTraceAsString(), "\n";
}
