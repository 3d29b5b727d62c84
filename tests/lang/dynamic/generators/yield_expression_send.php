<?php
function logger() {
    while (true) {
        $line = yield;
        if ($line === 'stop') return 'stopped';
        echo "log: $line\n";
    }
}
$g = logger();
$g->send('one');
$g->send('two');
$g->send('stop');
var_dump($g->valid(), $g->getReturn());
