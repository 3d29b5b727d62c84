<?php
function inner() {
    try {
        yield 1;
        yield 2;
    } catch (LogicException $e) {
        echo "inner caught ", $e->getMessage(), "\n";
        yield 'recovered';
    }
}
function outer() {
    try {
        yield from inner();
        yield 'after inner';
    } catch (Exception $e) {
        echo "outer caught ", $e->getMessage(), "\n";
    }
}
$g = outer();
echo $g->current(), "\n";
echo $g->throw(new LogicException('L')), "\n";
$g->next();
echo $g->current(), "\n";
$g2 = outer();
$g2->current();
var_dump($g2->throw(new RuntimeException('R')));
var_dump($g2->valid());
