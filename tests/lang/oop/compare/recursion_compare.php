<?php
$a = new stdClass;
$a->self = $a;
$b = new stdClass;
$b->self = $b;
var_dump($a == $a);
try {
    var_dump($a == $b);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
