<?php
class Agg implements IteratorAggregate { public $d = [1, 2]; public function getIterator(): Iterator { return new ArrayIterator($this->d); } }
$agg = new Agg;
foreach ($agg as &$v) { $v++; }
unset($v);
echo "ArrayIterator from aggregate allows by-ref, source untouched: ", implode(',', $agg->d), "\n";
class MyIt implements Iterator {
    private $i = 0;
    public function current(): mixed { return $this->i; }
    public function key(): mixed { return $this->i; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return $this->i < 2; }
}
try { foreach (new MyIt as &$x) {} } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$gen = (function () { yield 1; })();
try { foreach ($gen as &$y) {} } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$ao = new ArrayObject([1, 2]);
foreach ($ao as &$w) { $w *= 10; }
unset($w);
print_r($ao->getArrayCopy());
