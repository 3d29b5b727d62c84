<?php
namespace App;
class Base {
    public function run() { static::hook(); }
    public static function hook() { debug_print_backtrace(); }
}
class Child extends Base {
    public function go() { $this->run(); }
}
(new Child)->go();
Child::hook();
