<?php
// extra arguments reach func_get_args() through every kind of call
function show() { return implode(",", func_get_args()); }
class M {
    public function m() { return func_num_args() . ":" . implode(",", func_get_args()); }
    public static function s($a) { return func_num_args() . ":" . implode(",", func_get_args()); }
    public function __invoke() { return "invoke " . implode(",", func_get_args()); }
}
$c = function ($x) { return "closure " . implode(",", func_get_args()); };
$f = 'show';
echo show(1, 2), "\n";
echo $f(3, 4), "\n";
echo call_user_func('show', 5, 6), "\n";
echo call_user_func_array('show', [7, 8]), "\n";
echo (new M)->m(1, 2, 3), "\n";
echo M::s('a', 'b'), "\n";
echo call_user_func(['M', 's'], 'c', 'd', 'e'), "\n";
echo call_user_func_array([new M, 'm'], []), "\n";
echo (new M)(9, 10), "\n";
echo $c(1, 2), "\n";
echo implode("|", array_map(fn() => func_num_args(), [1, 2])), "\n";
$g = fn() => func_get_args();
var_dump($g('x', 'y'));
