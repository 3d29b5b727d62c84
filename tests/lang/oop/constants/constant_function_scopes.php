<?php
// constant() with self::, static::, parent:: and private/protected constants from inside the class, and its errors outside.
class P { const PC = 'parent'; protected const PROT = 'prot'; }
class K extends P { const Y = 'y'; private const PRIV = 'priv';
  static function f() { return constant('self::Y') . constant('static::Y') . constant('parent::PC') . constant('self::PRIV') . constant('K::PRIV') . constant('self::PROT'); }
  function g() { return array_map(fn($n) => constant("static::$n"), ['Y']); } }
class L extends K { const Y = 'ly'; }
echo K::f(), L::f(), "\n"; print_r((new L)->g());
try { constant('static::Y'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { constant('self::Y'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { constant('K::PRIV'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { constant('Nope::X'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = 'constant'; echo $f('P::PC'), "\n";
class Q { static function h() { return constant('parent::X'); } } try { Q::h(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
