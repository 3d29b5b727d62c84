<?php
function g() {
    echo "body runs\n";
    try { yield 1; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
    yield 2;
}
$gen = g();
echo $gen->throw(new Exception('early')), "\n";   // runs to the first yield, then throws there
$gen->next();
var_dump($gen->valid());
try { $gen->throw(new Exception('after end')); } catch (Exception $e) { echo "thrown in caller: ", $e->getMessage(), "\n"; }
try { $gen->throw(42); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
