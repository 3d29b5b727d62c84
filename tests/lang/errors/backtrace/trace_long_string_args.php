<?php
function f($a, $b, $c, $d) {
    throw new Exception("args");
}
try {
    f("a string longer than fifteen bytes", "tab\there", "quote'x", "back\\slash");
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
