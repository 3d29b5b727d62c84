<?php
$people = [['id' => 1, 'name' => 'Ann'], ['id' => 2, 'name' => 'Bob']];
foreach ($people as ['id' => $id, 'name' => $name]) {
    echo "$id: $name\n";
}
$pairs = [[1, 2], [3, 4], [5, 6]];
$sum = 0;
foreach ([[1, [2, 3]], [4, [5, 6]]] as [$a, [$b, $c]]) {
    echo $a + $b + $c, "\n";
}
