<?php
function g($items) {
    foreach ($items as $i => $item) {
        switch ($item) {
            case 'skip':
                continue 2;
            case 'stop':
                break 2;
            default:
                yield $i => strtoupper($item);
        }
        do {
            $x = yield "loop $i";
        } while ($x === 'again');
    }
    yield 'end';
}
$gen = g(['a', 'skip', 'b', 'stop', 'c']);
foreach ([null, 'again', null, null, null, null] as $s) {
    if (!$gen->valid()) break;
    echo $gen->key(), ' => ', $gen->current(), "\n";
    $gen->send($s);
}
