<?php
set_exception_handler(function (Throwable $e) {
    echo get_class($e), " | ", $e->getMessage(), " | line ", $e->getLine(), "\n";
});
function f(int $x) { return $x; }
f("abc");
