<?php
class Coll implements IteratorAggregate, Countable {
    private $items = ['a' => 1, 'b' => 2, 'c' => 3];
    public function getIterator(): Iterator { echo "getIterator\n"; return new ArrayIterator($this->items); }
    public function count(): int { return count($this->items); }
}
$c = new Coll;
foreach ($c as $k => $v) echo "$k=$v ";
echo "\n";
echo count($c), " ", iterator_count($c), "\n";
print_r(iterator_to_array($c, false));
class GenColl implements IteratorAggregate {
    public function getIterator(): Generator { yield 'x' => 1; yield 'y' => 2; }
}
foreach (new GenColl as $k => $v) echo "$k=$v ";
echo "\n";
echo implode(',', [...new GenColl]), "\n";
class BadAgg implements IteratorAggregate { public function getIterator(): Traversable { return new ArrayObject([9]); } }
foreach (new BadAgg as $v) echo $v, "\n";
