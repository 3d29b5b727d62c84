<?php
// func_get_args() in static methods, constructors, bound closures and __call
class P {
    public $args;
    public function __construct($a = 'dflt') { $this->args = func_get_args(); }
    public static function make() { return new static(...func_get_args()); }
    public function __call($name, $arguments) { return $name . ':' . func_num_args() . ':' . count(func_get_arg(1)); }
}
var_dump((new P)->args, (new P(1, 2))->args, P::make('x', 'y', 'z')->args);
echo (new P)->anything(1, 2, 3), "\n";
$c = function () { return static::class . ' ' . implode(',', func_get_args()); };
$b = Closure::bind($c, new P, P::class);
echo $b('a', 'b'), "\n";
function outer() {
    $inner = function () { return func_get_args(); };
    return [func_get_args(), $inner('inner')];
}
var_dump(outer('outer'));
