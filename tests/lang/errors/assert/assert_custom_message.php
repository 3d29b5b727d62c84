<?php
try {
    assert(false, "custom message");
} catch (AssertionError $e) {
    echo $e->getMessage(), "\n";
}
class MyFail extends Exception {}
try {
    assert(1 === 2, new MyFail("thrown as is"));
} catch (MyFail $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
assert(false, "uncaught custom");
