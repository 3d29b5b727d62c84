<?php
class M {
    private function secret($x) { return "secret($x)"; }
    public function expose() { return Closure::fromCallable([$this, 'secret']); }
    public static function st($x) { return "st($x)"; }
    public function __call($n, $a) { return "magic $n"; }
}
$m = new M;
$c = $m->expose();
echo $c('a'), "\n";
echo Closure::fromCallable('M::st')('b'), "\n";
echo Closure::fromCallable([M::class, 'st'])('c'), "\n";
echo Closure::fromCallable('strtoupper')('d'), "\n";
echo Closure::fromCallable([$m, 'undefinedMagic'])(), "\n";
try { Closure::fromCallable([$m, 'secret']); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Closure::fromCallable('nope_fn'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
