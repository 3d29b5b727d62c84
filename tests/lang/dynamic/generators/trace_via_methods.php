<?php
function g($x) {
    $got = yield 1;
    throw new Exception("got $got");
}
$gen = g(5);
$gen->current();
try {
    $gen->send('s');
} catch (Exception $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
function h() { yield 1; throw new Exception("h"); }
try {
    iterator_to_array(h());
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
