<?php
function gen() {
    try {
        yield 1;
        yield 2;
    } finally {
        echo "generator finally\n";
    }
}
foreach (gen() as $v) {
    echo $v, "\n";
    break;
}
echo "after break\n";
try {
    array_map(function ($x) { if ($x > 1) throw new LengthException("too long $x"); return $x; }, [1, 2, 3]);
} catch (LengthException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    foreach ($e->getTrace() as $f) echo "  ", $f['function'], isset($f['file']) ? ' @' . $f['line'] : ' [internal]', "\n";
}
$g = (function () { $x = yield; throw new Exception("got $x"); })();
$g->current();
try { $g->send('val'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
