<?php
function g() {
    echo "before\n";
    yield 1;
    echo "never\n";
}
$gen = g();
$gen->current();
try {
    $gen->throw(new DomainException('thrown in'));
} catch (DomainException $e) {
    echo "caller caught: ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
var_dump($gen->valid(), $gen->current());
