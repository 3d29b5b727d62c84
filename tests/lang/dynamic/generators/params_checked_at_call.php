<?php
function g(int $n) {
    echo "body\n";
    yield $n;
}
try {
    $gen = g('abc');
    echo "not reached\n";
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    g();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
$gen = g('5');
echo "created\n";
var_dump($gen->current());
