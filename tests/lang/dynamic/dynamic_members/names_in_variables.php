<?php
// members named at run time: $obj->$name, $obj->{expr}, $obj->$m(), $class::$m(), A::{'m'}() is not syntax,
// new $class / new ($expr) / new $obj, $class::CONST, $obj::CONST, $class::$static
class A {
    const C = 'const';
    public $p = 'prop';
    public static $sp = 'static prop';
    function m($x = 0) { return "m$x"; }
    static function s($x = 0) { return "s$x"; }
}
$o = new A; $c = 'A'; $m = 'm'; $s = 's'; $p = 'p';
echo $o->$m(1), $o->{$m}(2), $o->{'m'}(3), $c::$s(4), $c::s(5), A::$s(6), "\n";
echo $o->$p, ' ', $o->{'p' . ''}, ' ', $c::$sp, "\n";
$o->{'dyn' . 'amic'} = 'set';
echo $o->dynamic, "\n";
$x = new $c;
$y = new ('A');
$z = new $o;
echo get_class($x), get_class($y), get_class($z), "\n";
echo $c::C, ' ', $o::C, "\n";
$arr = ['k' => 'm'];
echo $o->{$arr['k']}(11), "\n";
$anon = new class { function __get($n) { return "magic $n"; } };
echo $anon->{'any thing'}, "\n";
