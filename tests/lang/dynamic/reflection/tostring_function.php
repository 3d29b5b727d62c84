<?php
// ReflectionFunction::__toString(): functions, closures with their bound (captured and static)
// variables, first-class callables, by-reference returns, namespaced names.
namespace App\Util;

interface Shape { }

/** helper doc */
function helper(?Shape $s, int|float ...$nums): ?Shape { return null; }
function none() {}
function gen(): \Generator { static $x = 1; yield 1; }
function &byRef(array &$a, $k = 'key') { return $a[$k]; }

echo new \ReflectionFunction(__NAMESPACE__ . '\helper');
echo new \ReflectionFunction('App\Util\none');
echo new \ReflectionFunction('App\Util\gen');
echo new \ReflectionFunction('App\Util\byRef');
$k = 10;
echo new \ReflectionFunction(static function &(int $a = PHP_INT_MAX, $b = \E_ALL | \E_STRICT) use ($k) { static $calls = 0, $last; return $a; });
echo new \ReflectionFunction(fn() => $k);
echo new \ReflectionFunction(function () {});
echo new \ReflectionFunction(function ($x) use (&$k) { return $x; });
echo new \ReflectionFunction(helper(...));
echo new \ReflectionFunction(gen(...));
