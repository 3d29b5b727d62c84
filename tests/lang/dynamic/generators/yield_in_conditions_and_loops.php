<?php
function reader() {
    $n = 0;
    while (($line = yield) !== null) {
        if (yield "ack $line") echo "confirmed $line\n";
        $n++;
    }
    return $n;
}
$g = reader();
$g->current();
echo $g->send('a'), "\n";
$g->send(true);
echo $g->send('b'), "\n";
$g->send(false);
$g->send(null);
echo "lines: ", $g->getReturn(), "\n";
