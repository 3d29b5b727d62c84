<?php
$m = [[1, 2], [3, [4, 5]]];
echo $m[1][1][0], "\n";
$m[1][1][] = 6;
$m[2]['new'][] = 'deep';
var_dump($m);
var_dump(count($m), count($m, COUNT_RECURSIVE));
$grid = [];
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        $grid[$i][$j] = $i * $j;
    }
}
foreach ($grid as $row) {
    echo implode(' ', $row), "\n";
}
