<?php
class Range implements Iterator {
    private $i;
    public function __construct(private int $a, private int $b) { $this->i = $a; }
    public function current(): mixed { echo "  current\n"; return $this->i * 10; }
    public function key(): mixed { echo "  key\n"; return "k{$this->i}"; }
    public function next(): void { echo "  next\n"; $this->i++; }
    public function rewind(): void { echo "  rewind\n"; $this->i = $this->a; }
    public function valid(): bool { echo "  valid\n"; return $this->i <= $this->b; }
}
$r = new Range(1, 2);
foreach ($r as $k => $v) echo "$k => $v\n";
echo "values only:\n";
foreach ($r as $v) echo "$v\n";
var_dump($r instanceof Traversable);
