<?php
class T {
    public function o(object $o): string { return get_class($o); }
    public function it(iterable $i): int { $n = 0; foreach ($i as $_) $n++; return $n; }
    public function c(callable $c) { return $c(); }
}
$t = new T;
echo $t->o(new stdClass), " ", $t->o(new ArrayObject), "\n";
echo $t->it([1, 2]), " ", $t->it(new ArrayIterator([1, 2, 3])), " ", $t->it((function () { yield 1; })()), "\n";
echo $t->c(fn() => 'closure'), " ", $t->c('phpversion') !== '' ? 'str-callable' : '', "\n";
try { $t->o("str"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $t->it(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $t->c('no_such_function'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $t->c([new T, 'nope']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
