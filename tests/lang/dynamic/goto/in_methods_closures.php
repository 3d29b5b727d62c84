<?php
// labels are per function: the same label name in a method, a closure and the top level
class Retry {
    public function run($tries) {
        $n = 0;
        attempt:
        $n++;
        if ($n < $tries) goto attempt;
        return $n;
    }
}
echo (new Retry)->run(4), "\n";
$f = function ($x) {
    attempt:
    if ($x > 10) goto done;
    $x *= 2;
    goto attempt;
    done:
    return $x;
};
echo $f(3), "\n";
attempt:
echo "top level\n";
