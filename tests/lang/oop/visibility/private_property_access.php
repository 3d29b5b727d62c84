<?php
class A {
    private $x = 1;
    protected $y = 2;
    public $z = 3;
}
class B extends A {
    public function readX() { return $this->x; }
    public function readY() { return $this->y; }
}
$a = new A;
echo $a->z, "\n";
try { echo $a->x; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $a->y; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a->x = 5; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a->y = 5; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo (new B)->readY(), "\n";
var_dump((new B)->readX());
var_dump(isset($a->x), isset($a->z));
echo $a->x;
