<?php
class Inner { public $v = [1, 'two' => 2.5]; protected $flag = true; private $none = null; }
class Outer {
    public $inner;
    public $empty = [];
    public function __construct() { $this->inner = new Inner; }
}
print_r(new Outer);
echo "\n";
echo print_r(new Inner, true);
print_r([new stdClass, (object) ['a' => (object) ['b' => 1]]]);
