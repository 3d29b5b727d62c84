<?php
register_shutdown_function(function () {
    $e = error_get_last();
    var_dump($e['type']);
    echo $e['message'], "\n";
});
function f() { throw new DomainException("deep"); }
f();
