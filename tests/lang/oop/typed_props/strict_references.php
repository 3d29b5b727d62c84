<?php
declare(strict_types=1);
class O { public int $p = 1; public static int $s = 1; }
function t($f) { try { var_dump($f()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
t(function () { $o = new O; $r = &$o->p; $r = "5"; return $o->p; });
t(function () { $r = &O::$s; $r = "5"; return O::$s; });
t(function () { $r = &O::$s; $r = 5.0; return O::$s; });
t(function () { $o = new O; $r = &$o->p; $r = 7; return $o->p; });
function setArg(&$x) { $x = "9"; }
t(function () { setArg(O::$s); return O::$s; });
class S { public ?self $me = null; public float $f = 0.0; }
t(function () { $o = new S; $r = &$o->me; $r = $o; return $o->me === $o; });
t(function () { $o = new S; $r = &$o->me; $r = new O; });
t(function () { $o = new S; $r = &$o->f; $r = 3; return $o->f; });
t(function () { $o = new S; $r = &$o->f; $r = "3"; });
