<?php
class Inner { public $v = [1, 'two' => 2.5]; protected $flag = true; private $none = null; }
class Outer {
    public $inner;
    public $list;
    public ?Outer $self = null;
    public function __construct() { $this->inner = new Inner; $this->list = [new Inner, 'x']; }
}
$o = new Outer;
var_dump($o);
