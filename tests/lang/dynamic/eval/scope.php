<?php
// eval runs in the caller's scope: it reads, changes and creates the caller's variables
$a = 1;
$list = [1, 2];
eval('$a++; $b = "made in eval"; $list[] = 3;');
var_dump($a, $b, $list);

function inFunction($x) {
    $y = 10;
    eval('$z = $x + $y; $x = "changed";');
    var_dump($x, $z);
    var_dump(isset($a)); // the globals are not visible in a function's scope
    return [$x, $y, $z];
}
print_r(inFunction(5));

$f = function ($p) use ($a) {
    eval('$q = $p * $a;');
    return $q;
};
echo $f(21), "\n";

// references made in eval'd code stay references
$arr = ['k' => 1];
eval('$r = &$arr["k"];');
$r = 99;
var_dump($arr['k']);

// globals from a function through eval
function viaGlobal() {
    eval('global $a; $a = "set by eval in a function";');
}
viaGlobal();
echo $a, "\n";

// the same eval'd code run many times
$sum = 0;
for ($i = 1; $i <= 5; $i++) eval('$sum += $i;');
echo $sum, "\n";

// variable variables inside eval
$name = 'dyn';
eval('$$name = "via $$";');
echo $dyn, "\n";
