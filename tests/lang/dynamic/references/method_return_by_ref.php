<?php
// function &m(): $r = &$obj->m() and $r = &C::s() bind to the returned reference;
// a plain read gets a copy
class Registry {
    private $items = ['a' => 1];
    public static $shared = [];
    public function &item($k) { return $this->items[$k]; }
    public static function &slot($k) { return self::$shared[$k]; }
    public function dump() { var_dump($this->items); }
}
$reg = new Registry;
$copy = $reg->item('a');
$copy = 'copy changed';
$ref = &$reg->item('a');
$ref = 'ref changed';
$reg->dump();
$arr = [$reg->item('a'), $reg->item('a') . '!'];
var_dump($arr);
$new = &$reg->item('b');
$new = 'auto-created';
$reg->dump();
$s = &Registry::slot('x');
$s = 'static slot';
var_dump(Registry::$shared);
function &counter() { static $n = 0; return $n; }
$c = &counter();
$c += 10;
var_dump(counter());
