<?php
function work(int $n) {
    if ($n > 2) throw new InvalidArgumentException("too big: $n");
    return $n;
}
$f = new Fiber(function (int $n) {
    return work($n);
});
try {
    $f->start(5);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    echo $e->getTraceAsString(), "\n";
}
