<?php
// Dynamic calls: call_user_func_array / call_user_func with string, [$obj, 'm'] and 'A::m'
// callables, $obj->$m() with the method name in a variable, $f() with a string callable and with
// an array callable, and new $class. The names vary per iteration so call sites see several callees.
function add3($a, $b, $c) { return $a + $b + $c; }
function twice($x) { return $x * 2; }
class Acc {
    public $n = 0;
    public function inc($by) { $this->n += $by; return $this->n; }
    public function dec($by) { $this->n -= $by; return $this->n; }
    public static function mul($a, $b) { return $a * $b; }
}
class Pt {
    public function __construct(public $x, public $y) {}
}

function work() {
    $acc = new Acc();
    $methods = ['inc', 'inc', 'dec'];
    $fns = ['twice', 'abs'];
    $sum = 0;
    for ($i = 0; $i < 1000000; $i++) {
        $sum += call_user_func_array('add3', [$i, 1, 2]) & 1023;
        $sum += call_user_func([$acc, $methods[$i % 3]], 3) & 255;
        $m = $methods[$i & 1];
        $sum += $acc->$m(1) & 255;
        $f = $fns[$i & 1];
        $sum += $f($i - 500000) & 1023;
    }
    $cb = [$acc, 'inc'];
    $st = 'Acc::mul';
    $cls = 'Pt';
    for ($i = 0; $i < 1000000; $i++) {
        $sum += $cb(1) & 255;
        $sum += $st($i, 3) & 255;
        $sum += call_user_func_array([$acc, 'dec'], [2]) & 255;
        $p = new $cls($i, 1);
        $sum += $p->x & 15;
    }
    return $sum + $acc->n;
}

work(); // warm-up
$t = hrtime(true);
$c = work();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);
