<?php
function f() {
    try {
        throw new Exception("first");
    } finally {
        throw new Exception("second");
    }
}
try {
    f();
} catch (Exception $e) {
    echo $e->getMessage(), " prev: ", $e->getPrevious()?->getMessage() ?? 'none', "\n";
}
function g() {
    try {
        throw new Exception("try");
    } catch (Exception $e) {
        throw new Exception("from catch");
    } finally {
        echo "finally after catch throws\n";
    }
}
try { g(); } catch (Exception $e) { echo $e->getMessage(), " prev: ", $e->getPrevious()?->getMessage() ?? 'none', "\n"; }
