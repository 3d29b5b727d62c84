<?php
// Integer loops whose values overflow to float part-way: php's result, not a wrapped long.
function add() {
    $x = PHP_INT_MAX - 5;
    for ($i = 0; $i < 10; $i++) $x += 1;
    var_dump($x, $i);
}
function mul() {
    $p = 1;
    $n = 0;
    while ($n < 70) { $p *= 3; $n++; }
    var_dump($p, $n);
}
function incdec() {
    $a = PHP_INT_MAX - 2;
    $b = PHP_INT_MIN + 2;
    for ($i = 0; $i < 4; $i++) { $a++; --$b; }
    var_dump($a, $b);
}
function neg() {
    $v = PHP_INT_MIN + 1;
    $w = 0;
    for ($i = 0; $i < 2; $i++) { $v--; $w = -$v; }
    var_dump($v, $w);
}
function shifts() {
    $s = 0;
    for ($i = 0; $i < 70; $i += 7) { $s = $s ^ (1 << $i) ^ (-8 >> $i); }
    var_dump($s);
}
function nested() {
    $sum = 0;
    for ($i = 0; $i < 30; $i++) {
        for ($j = 0; $j < 30; $j++) {
            if ($j > $i) break;
            if (($i + $j) % 3 == 0) continue;
            $sum += ($i * $j + $j) % 7;
        }
        if ($sum > 1000) break;
    }
    var_dump($sum, $i, $j);
}
function ints_then_floats() {
    $x = 0.5;
    $n = 0;
    do { $x = $x * 1.5 + 1; $n++; } while ($x < 1e6);
    var_dump($x, $n);
    $m = 10;
    $f = 3.0;
    for ($k = 0; $k < 5; $k++) { $f = $f / 2 + $m; }
    var_dump($f, $m == 10.0, $f > $m, 7 % 3);
}
function not_run() {
    $y = 7;
    for ($i = 0; $i < 0; $i++) { $t = $i * 2; $y = $t; }
    var_dump(isset($t), $y, $i);
}
add();
mul();
incdec();
neg();
shifts();
nested();
ints_then_floats();
not_run();
