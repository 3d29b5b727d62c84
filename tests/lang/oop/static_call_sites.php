<?php
// A::m() through an inline-cached site: defaults, visibility, __callStatic, late static binding, by-ref, errors, spread/named args.
class M { public static function add($a, $b = 10) { return $a + $b; } private static function priv() { return 'p'; }
  public static function callPriv() { return M::priv(); } public function inst() { return 'inst'; }
  public static function __callStatic($n, $a) { return "magic $n(" . implode(',', $a) . ")"; }
  public static function who() { return static::class; } public static function &refd() { static $x = 1; return $x; }
  public static function byref(&$v) { $v++; } }
class N extends M { public function viaParent() { return M::inst(); } }
echo M::add(1), M::add(1, 2), M::callPriv(), "\n";
echo M::priv(), "\n";
echo M::nothing(1, 2), "\n";
echo N::who(), M::who(), "\n";
echo (new N)->viaParent(), "\n";
$v = 1; M::byref($v); echo $v, "\n";
for ($i = 0; $i < 5; $i++) echo M::add($i, $i);
echo "\n";
try { M::inst(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { M::add(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { echo M::add(1, 2, 3, 4), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r = &M::refd(); $r = 5; echo M::refd(), "\n";
function f() { return M::add(...[1, 2]) . M::add(b: 3, a: 4); } echo f(), "\n";
interface I { public static function make(); } class Impl implements I { public static function make() { return 'made'; } } echo Impl::make(), "\n";
abstract class Ab { abstract public static function x(); } try { Ab::x(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
