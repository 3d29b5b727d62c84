<?php
class O { public ?int $n = null; public ?array $a = null; public static ?int $s = null; public static ?array $sa = null; }
function t($f) { try { var_dump($f()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(function () { $r = &O::$s; $r[] = 1; });
t(function () { $r = &O::$sa; $r[] = 1; return O::$sa; });
t(function () { $o = new O; $r = &$o->n; $r['x'] = 1; });
t(function () { $o = new O; $r = &$o->a; $r['x']['y'] = 1; return $o->a; });
t(function () { $x = null; $r = &$x; $r[] = 2; return $x; });
t(function () { $r = &O::$s; O::$s[] = 1; });
$g = &O::$s;
try { $g[] = 5; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$h = null; $h2 = &$h; $h2[] = 3; var_dump($h);
