<?php
trait Hello {
    public $greeting = 'hi';
    public function hello() { return $this->greeting . ' from ' . __CLASS__ . ' / ' . self::class . ' / ' . static::class . ' / ' . __TRAIT__ . ' / ' . __FUNCTION__ . ' / ' . __METHOD__; }
}
class A { use Hello; }
class B extends A {}
echo (new A)->hello(), "\n";
echo (new B)->hello(), "\n";
var_dump(property_exists('A', 'greeting'));
print_r(class_uses(new A));
print_r(class_uses(new B));
var_dump(trait_exists('Hello'), class_exists('Hello'));
