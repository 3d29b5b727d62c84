<?php
class Inner { public $v = [1, 'two' => 2.5]; protected $flag = true; private $none = null; }
class Outer { public $inner; public $f = 1.0; public $s = "it's"; public function __construct() { $this->inner = new Inner; } }
var_export(new Outer);
echo "\n";
var_export((object) ['a' => 1, 'nested' => (object) []]);
echo "\n";
echo var_export([1 => new stdClass], true), "\n";
