<?php
// arguments in traces taken inside fibers and generators, and of frames that already returned
function inFiber($tag) {
    $f = new Fiber(function (string $x) use ($tag) {
        $e = new Exception("in fiber");
        echo $e->getTraceAsString(), "\n";
        Fiber::suspend($x);
        throw new RuntimeException("after resume $tag");
    });
    $f->start('start-arg');
    try { $f->resume(); } catch (RuntimeException $e) { echo $e->getTraceAsString(), "\n"; }
}
inFiber('T');

function gen($limit) {
    for ($i = 0; $i < $limit; $i++) {
        if ($i == 1) echo (new Exception())->getTraceAsString(), "\n";
        yield $i;
    }
}
function consume($g, $label) { foreach ($g as $v) { echo "$label$v\n"; } }
consume(gen(2), 'v=');

function keep($p) { return helper($p . '!'); }
function helper($q) { return new Exception(); }
$e = keep('k');
function later($unrelated) { global $e; echo $e->getTraceAsString(), "\n"; }
later(42);

function throwsFromCallback(array $items) {
    return array_map(function ($it) { if ($it > 1) throw new Exception("cb"); return $it; }, $items);
}
try { throwsFromCallback([1, 2]); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
