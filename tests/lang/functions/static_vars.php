<?php
function counter() {
    static $n = 0;
    return ++$n;
}
counter(); counter();
var_dump(counter());
function collect($x) {
    static $seen = [];
    $seen[] = $x;
    return $seen;
}
collect('a');
var_dump(collect('b'));
function multi() {
    static $a = 1, $b = 2;
    $a *= 2; $b *= 3;
    return "$a $b";
}
multi();
echo multi(), "\n";
function constInit() {
    static $c = PHP_INT_SIZE * 2;
    return $c++;
}
constInit();
var_dump(constInit());
function staticRef() {
    static $s;
    var_dump($s);
    $s = 'set';
}
staticRef(); staticRef();
