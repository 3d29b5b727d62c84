<?php
function squares(int $n) {
    $sum = 0;
    for ($i = 0; $i < $n; $i++) {
        $sum += $i * $i;
        $f = $i / 2;
        yield $i => $sum + $f;
    }
    return $sum;
}
$g = squares(6);
foreach ($g as $k => $v) echo "$k: $v\n";
echo $g->getReturn(), "\n";
