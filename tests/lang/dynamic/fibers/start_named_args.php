<?php
$f = new Fiber(function (int $a, int $b = 10, int ...$rest) {
    var_dump($a, $b, $rest);
});
$f->start(1, 2, 3, 4);
$g = new Fiber(function (string $x, string $y = 'dy') {
    echo "$x $y\n";
});
$g->start(y: 'Y', x: 'X');
