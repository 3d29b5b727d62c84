<?php
function thrower(int $n, string $s, array $a, ?object $o, float $f, bool $b) {
    throw new Exception("x");
}
function wrap($n) {
    thrower($n, "str", [1], null, 1.5, true);
}
try {
    wrap(7);
} catch (Exception $e) {
    var_export($e->getTrace());
}
