<?php
function g() {
    for ($i = 0; $i < 3; $i++) {
        try {
            $cmd = yield $i;
            if ($cmd === 'fail') throw new RuntimeException("fail at $i");
        } catch (RuntimeException $e) {
            echo "caught: ", $e->getMessage(), "\n";
        }
    }
}
$gen = g();
foreach ([null, 'fail', null] as $cmd) {
    echo "at ", $gen->current(), "\n";
    $gen->send($cmd);
}
var_dump($gen->valid());
