<?php
// eval'd code: goto inside it, func_get_args() is not the caller's (eval's code is global scope),
// variables changed in the caller, return from eval
function caller($x) {
    $n = 0;
    $r = eval('
        loop:
        $n++;
        if ($n < 3) goto loop;
        $x = "changed by eval";
        return $n * 10;
    ');
    var_dump($r, $n, $x);
    try {
        eval('func_get_args();');
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
caller('orig');
try {
    eval('goto nowhere;');
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
