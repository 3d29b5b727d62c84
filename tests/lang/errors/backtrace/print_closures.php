<?php
$c = function () {
    debug_print_backtrace();
};
$c();
$arrow = fn() => debug_print_backtrace();
$arrow();
class K {
    public function get() { return function () { debug_print_backtrace(); }; }
    public static function sget() { return static function () { debug_print_backtrace(); }; }
}
(new K)->get()();
K::sget()();
