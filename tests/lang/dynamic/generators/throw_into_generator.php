<?php
function g() {
    while (true) {
        try {
            $v = yield;
            echo "value $v\n";
        } catch (InvalidArgumentException $e) {
            echo "handled: ", $e->getMessage(), "\n";
            yield 'after-handle';
        }
    }
}
$gen = g();
$gen->current();
$gen->send('x');
var_dump($gen->throw(new InvalidArgumentException('bad')));
$gen->next();
$gen->send('y');
