<?php
// a function that reads its arguments keeps the extra ones: the uncaught trace lists them
function f($a) {
    if (func_num_args() > 2) throw new LogicException("too many: " . func_num_args());
    return $a;
}
echo f(1), "\n";
f(1, 'two', [3]);
