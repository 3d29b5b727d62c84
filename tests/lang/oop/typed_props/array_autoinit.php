<?php
class O {
    public ?int $n = null; public int $u; public ?array $a = null; public iterable $it = []; public mixed $m;
    public ?ArrayAccess $aa = null;
    public static ?int $s = null; public static ?array $sa = null; public static int $su; public static ?string $str = null;
    public static $plain;
}
function t($f) { try { var_dump($f()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(function () { $o = new O; $o->n[] = 1; });
t(function () { $o = new O; $o->u['x'] = 1; });
t(function () { $o = new O; $o->n['a']['b'] = 1; });
t(function () { $o = new O; $o->a[] = 1; return $o->a; });
t(function () { $o = new O; $o->m[] = 1; return $o->m; });
t(function () { $o = new O; $o->aa[] = 1; });
t(function () { $o = new O; $o->n = 5; $o->n[] = 1; });
t(function () { O::$s[] = 1; });
t(function () { O::$s['k']['j'] = 1; });
t(function () { O::$sa[] = 1; return O::$sa; });
t(function () { O::$su[] = 1; });
t(function () { O::$str[] = 1; });
t(function () { O::$plain['x'][] = 1; return O::$plain; });
