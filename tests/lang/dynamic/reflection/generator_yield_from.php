<?php
// ReflectionGenerator on a terminated generator, and through yield from (getExecutingGenerator, getTrace).
function gen($a) {
    yield 1;
    $x = yield 2;
    foreach ([1, 2] as $v) {
        yield $v;
    }
    return 5;
}
$g = gen(1);
$r = new ReflectionGenerator($g);
foreach ($g as $k => $v) { echo $k, ' ', $r->getExecutingLine(), "\n"; }
try { new ReflectionGenerator($g); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach (['getExecutingLine', 'getExecutingFile', 'getFunction', 'getThis', 'getExecutingGenerator', 'getTrace'] as $m) {
  try { $r->$m(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump($r);
function inner() { yield 1; yield 2; }
function outer() { yield 0; yield from inner(); yield 3; }
$o = outer();
$ro = new ReflectionGenerator($o);
foreach ($o as $v) { echo $v, ' ', $ro->getExecutingLine(), ' ', $ro->getExecutingGenerator()->current(), ' ', $ro->getExecutingGenerator() === $o ? 'outer' : 'inner', "\n"; print_r($ro->getTrace()); }
$h = gen(2);
$h->current();
$rh = new ReflectionGenerator($h);
$gi = (function() use (&$gi) { yield 1; $r = new ReflectionGenerator($gi); var_dump($r->getExecutingLine()); yield 2; })();
foreach ($gi as $v) {}
