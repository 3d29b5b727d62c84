<?php
// static initializers: constant expressions evaluated once, several per statement, references kept
function g() {
    static $a = [1], $b = 2 + 3, $c = PHP_INT_SIZE * 2, $d;
    $a[] = $b;
    var_dump(count($a), $c, $d);
}
g(); g();
function &refStatic() { static $v = 0; return $v; }
$r = &refStatic();
$r = 41;
$r++;
var_dump(refStatic());
function viaVarVar() { static $s = 'st'; $n = 's'; $$n .= '!'; return $s; }
viaVarVar();
echo viaVarVar(), "\n";
