<?php
class Guarded {
    private $value = 'init';
    public function __set($n, $v) { echo "__set($n, $v) intercepted\n"; }
    public function __get($n) { echo "__get($n) intercepted\n"; return 'magic'; }
    public function __unset($n) { echo "__unset($n) intercepted\n"; }
    public function __isset($n) { echo "__isset($n)\n"; return true; }
    public function real() { return $this->value; }
}
$g = new Guarded;
$g->value = 'hacked';
echo $g->value, "\n";
unset($g->value);
var_dump(isset($g->value));
echo $g->real(), "\n";
