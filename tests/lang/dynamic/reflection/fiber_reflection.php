<?php
// ReflectionFiber: the fiber, its callable as given, where it is suspended or waits; errors.
function work($x) {
    $y = Fiber::suspend($x);
    return $y;
}
$f = new Fiber(function (int $a) {
    $v = work($a);
    Fiber::suspend($v * 2);
});
$r = new ReflectionFiber($f);
try { $r->getExecutingLine(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $r->getExecutingFile(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($r->getFiber() === $f, $r->getCallable() instanceof Closure);
$f->start(5);
echo $r->getExecutingLine(), ' ', basename($r->getExecutingFile()), "\n";
$f->resume(7);
echo $r->getExecutingLine(), "\n";
$f2 = new Fiber(function () use (&$f2) {
    $r = new ReflectionFiber($f2);
    echo "in: ", $r->getExecutingLine(), "\n";
    $inner = new Fiber(function () use ($r) {
        echo "outer fiber waits at: ", $r->getExecutingLine(), "\n";
    });
    $inner->start();
});
$f2->start();
$f->resume();
try { $r->getExecutingLine(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $r->getCallable(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($r->getFiber() === $f);
$g = new Fiber('strlen');
var_dump((new ReflectionFiber($g))->getCallable());
class W { function run() { Fiber::suspend(); } }
$h = new Fiber([$w = new W, 'run']);
$h->start();
$rh = new ReflectionFiber($h);
var_dump($rh->getCallable()[1], $rh->getCallable()[0] === $w, $rh->getExecutingLine());
try { new ReflectionFiber(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
