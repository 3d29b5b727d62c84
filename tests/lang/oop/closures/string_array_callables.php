<?php
class Math {
    public static function sq($x) { return $x * $x; }
    public function cube($x) { return $x ** 3; }
    public static function __callStatic($n, $a) { return "$n!"; }
}
$m = new Math;
var_dump(call_user_func('Math::sq', 3));
var_dump(call_user_func([Math::class, 'sq'], 4));
var_dump(call_user_func([$m, 'cube'], 2));
var_dump(call_user_func([$m, 'sq'], 5));
$f = 'Math::sq'; var_dump($f(6));
$g = [$m, 'cube']; var_dump($g(3));
$h = [Math::class, 'sq']; var_dump($h(7));
var_dump(call_user_func('Math::magic'));
var_dump(is_callable('Math::sq'), is_callable('Math::cube'), is_callable([$m, 'nope']), is_callable('Math::anything'));
var_dump(is_callable([Math::class, 'cube']));
try { $k = 'Nope::x'; $k(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { call_user_func('Math::cube', 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
