<?php
class Inner { public $v = 1; }
class Outer {
    public $inner;
    public static $clones = 0;
    public function __construct() { $this->inner = new Inner; }
    public function __clone() {
        echo "__clone called, this is the copy: ", spl_object_id($this) !== 0 ? 'yes' : 'no', "\n";
        $this->inner = clone $this->inner;
        self::$clones++;
    }
}
$a = new Outer;
$b = clone $a;
$b->inner->v = 2;
echo $a->inner->v, " ", $b->inner->v, " ", Outer::$clones, "\n";
$c = clone $b;
echo Outer::$clones, "\n";
