<?php
function inner($n) {
    for ($i = 0; $i < $n; $i++) yield "i$i";
    return "inner($n) done";
}
function outer() {
    $r1 = yield from inner(2);
    echo "got: $r1\n";
    $r2 = yield from inner(0);
    echo "got: $r2\n";
    $r3 = yield from [1];
    var_dump($r3);
    return 'outer done';
}
$g = outer();
foreach ($g as $k => $v) echo "$k: $v\n";
echo $g->getReturn(), "\n";
