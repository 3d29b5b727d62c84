<?php
// A declared property that was unset goes through __set/__get again, also once the
// property sites are linked (the sites below run many times).
class A {
    public $x = 1;
    private int $n = 0;
    public function __set($name, $v) { echo "__set($name)\n"; $this->n++; }
    public function __get($name) { echo "__get($name)\n"; return $this->n; }
    public function drop() { unset($this->x); }
    public function restore() { $this->x = 5; }
}
$a = new A();
for ($i = 0; $i < 3; $i++) {
    $a->x = $i;
    echo $a->x, "\n";
}
$a->drop();
for ($i = 0; $i < 3; $i++) {
    $a->x = $i;
    echo $a->x, "\n";
}
$b = new A();
$b->x = 7;
echo $b->x, "\n";
