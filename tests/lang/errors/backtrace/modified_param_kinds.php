<?php
// debug_backtrace() shows parameters' current values: by-ref, rebound, unset, method, variadic as passed
function byRef(&$r, $v) {
    $r = 'new';
    $v++;
    debug_print_backtrace();
}
$s = 'old';
byRef($s, 1);

function rebound($a, $b) {
    $x = [1, 2];
    $a = &$x;
    unset($b);
    debug_print_backtrace();
    var_dump(debug_backtrace()[0]['args']);
}
rebound('a', 'b');

function rest($first, ...$more) {
    $first = 10;
    $more[] = 'added';
    debug_print_backtrace();
}
rest(1, 2, 3);

class Box {
    public function put(int $n, $label = 'x') {
        $n *= 3;
        $label = null;
        debug_print_backtrace();
        $this->inner($n);
    }
    private function inner($m) {
        foreach ([7, 8] as $m) { }
        debug_print_backtrace();
    }
    public static function make($v) {
        $v = 'made';
        return array_map(fn($w) => debug_backtrace(0)[0]['function'] . ' ' . $v, [1]);
    }
}
(new Box)->put(2);
(new Box)->put(2, 'given');
print_r(Box::make('in'));

function gen($g) {
    $g = 'gen changed';
    debug_print_backtrace();
    yield 1;
}
foreach (gen('g') as $_) { }
