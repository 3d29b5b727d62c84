<?php
// Loops nested in loops run as methods of their own; a return from an inner loop, variables
// changed in it, by-reference loops and references made in it must behave as in one function.
function find(array $grid, int $want): ?array {
    $seen = 0;
    foreach ($grid as $r => $row) {
        foreach ($row as $c => $v) {
            $seen++;
            if ($v === $want) {
                return [$r, $c, $seen];
            }
        }
    }
    echo "not found after $seen\n";
    return null;
}
$grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
var_dump(find($grid, 5));
var_dump(find($grid, 10));

function typed(int $n): int {
    $sum = 0;
    for ($i = 0; $i < $n; $i++) {
        for ($j = 0; $j < $i; $j++) {
            if ($j === 3) return $sum; // int return type, checked in the inner loop's method
            $sum += $j;
        }
    }
    return -1;
}
var_dump(typed(10));

function byRef(array $rows): array {
    foreach ($rows as &$row) {
        foreach ($row as &$cell) {
            $cell *= 10;
        }
        unset($cell);
        $row[] = array_sum($row);
    }
    unset($row);
    return $rows;
}
print_r(byRef([[1, 2], [3, 4]]));

function refs(): void {
    $a = [1, 2, 3];
    $alias = null;
    for ($k = 0; $k < 2; $k++) {
        foreach ($a as $i => $v) {
            if ($i === 1) $alias = &$a[$i];
        }
    }
    $alias = 99;
    print_r($a);
    $total = 0;
    $add = function ($x) use (&$total) { $total += $x; };
    for ($i = 0; $i < 3; $i++) {
        for ($j = 0; $j < 3; $j++) $add($i * $j);
    }
    echo "total $total\n";
}
refs();

function withFinally(): string {
    try {
        for ($i = 0; $i < 3; $i++) {
            while (true) {
                return "returned at $i";
            }
        }
    } finally {
        echo "finally runs\n";
    }
    return "end";
}
echo withFinally(), "\n";

function breaks(): void {
    for ($i = 0; $i < 3; $i++) {
        for ($j = 0; $j < 3; $j++) {
            if ($j == 1) continue 2;
            if ($i == 2) break 2;
            echo "$i$j ";
        }
    }
    echo "\n";
}
breaks();
