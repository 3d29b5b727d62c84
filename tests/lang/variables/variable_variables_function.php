<?php
function f($n) {
    $$n = 5;
    $x = 'y';
    $$x[] = 1;
    $$x[] = 2;
    var_dump($a ?? 'none', $y, isset($$n), isset($$x), empty($$n));
    unset($$n);
    var_dump(isset($a), ${'y'}[1]);
    $z = 1;
    $ref = 'w';
    $$ref = &$z;
    $w = 7;
    var_dump($z);
    $k = 'cnt';
    $$k = 0;
    $$k += 5; $$k++;
    var_dump($cnt);
    var_dump($$k, $undefinedname ?? 'u');
    $q = 'nope';
    var_dump($$q);
}
f('a');
$v = 'g';
$$v = [1];
foreach ([3, 4] as $$v) {}
var_dump($g);
