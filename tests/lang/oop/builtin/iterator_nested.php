<?php
class Nums implements Iterator {
    private $i = 0;
    public function __construct(private array $d) {}
    public function current(): mixed { return $this->d[$this->i]; }
    public function key(): mixed { return $this->i; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return $this->i < count($this->d); }
}
$it = new Nums([1, 2, 3]);
foreach ($it as $a) {
    foreach ($it as $b) echo "$a$b ";
    echo "| ";
}
echo "\n";
$x = new Nums(['a', 'b']);
$y = new Nums(['c', 'd']);
foreach ($x as $p) foreach ($y as $q) echo "$p$q ";
echo "\n";
foreach ($x as $k => $v) { if ($k == 0) continue; echo "$k:$v "; break; }
echo "\n";
print_r(iterator_to_array($x));
echo iterator_count($x), "\n";
