<?php
class Bag implements IteratorAggregate {
    private $items = [];
    public function add($k, $v) { $this->items[$k] = $v; return $this; }
    public function getIterator(): Generator {
        foreach ($this->items as $k => $v) yield $k => $v;
    }
}
$b = (new Bag)->add('x', 1)->add('y', 2);
foreach ($b as $k => $v) echo "$k=$v\n";
print_r(iterator_to_array($b));
echo implode(',', [...$b]), "\n";
foreach ($b as $k => $v) foreach ($b as $k2 => $v2) echo "$k$k2 ";
echo "\n";
