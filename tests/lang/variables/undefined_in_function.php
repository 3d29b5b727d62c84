<?php
function f($a) {
    return $a + $b;
}
var_dump(f(1));
function g() {
    $arr[] = 'x';
    $cnt = count($arr);
    return $cnt . $missing;
}
var_dump(g());
