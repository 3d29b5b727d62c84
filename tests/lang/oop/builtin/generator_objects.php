<?php
class Tree {
    public function __construct(public $v, public array $kids = []) {}
    public function walk(): Generator {
        yield $this->v;
        foreach ($this->kids as $k) yield from $k->walk();
    }
}
$t = new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)]);
foreach ($t->walk() as $v) echo $v, " ";
echo "\n";
$g = $t->walk();
var_dump($g instanceof Iterator, $g instanceof Traversable, get_class($g));
echo implode(',', iterator_to_array($t->walk(), false)), "\n";
try { foreach ($g as $x) {} foreach ($g as $x) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
