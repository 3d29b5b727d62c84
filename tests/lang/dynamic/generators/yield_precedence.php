<?php
function g() {
    $a = yield 1 + 2;           // yields 3
    var_dump($a);
    $b = yield 'k' => 'v' . 'w';   // key k, value vw
    var_dump($b);
    $c = (yield) + 10;
    var_dump($c);
    echo "interp: {${''}}", "\n";
}
$gen = g();
foreach (['first', 'second', 5, null] as $s) {
    var_dump($gen->key(), $gen->current());
    $gen->send($s);
}
