<?php
const DEF = 10;
function greet($name = "World", $punct = "!") {
    return "Hello $name$punct";
}
echo greet(), "\n", greet("Bob"), "\n", greet("Al", "?"), "\n";
function withConst($x = DEF, $y = DEF * 2, $z = [1, 2], $n = null) {
    var_dump($x, $y, $z, $n);
}
withConst();
withConst(1, 2);
function late($v = PHP_INT_MAX) { return $v; }
var_dump(late());
