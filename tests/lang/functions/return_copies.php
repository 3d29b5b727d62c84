<?php
function make() {
    $a = [1, 2];
    return $a;
}
$x = make();
$x[] = 3;
$y = make();
var_dump(count($x), count($y));
function noReturn() { }
var_dump(noReturn());
function emptyReturn() { return; }
var_dump(emptyReturn());
function early($n) {
    if ($n > 0) return "positive";
    echo "fell through\n";
}
var_dump(early(1), early(0));
