<?php
$a = 1;
try {
    assert($a > 1);
} catch (AssertionError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(assert($a === 1));
assert($a   >   5 && strlen("x") == 1);
