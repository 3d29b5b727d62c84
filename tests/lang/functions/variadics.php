<?php
function sum(...$nums) {
    var_dump(count($nums));
    $t = 0;
    foreach ($nums as $n) $t += $n;
    return $t;
}
var_dump(sum());
var_dump(sum(1, 2, 3));
function head($first, ...$rest) {
    return "$first + " . count($rest) . " more: " . implode(',', $rest);
}
echo head(1), "\n", head(1, 2, 3), "\n";
$args = [4, 5, 6];
var_dump(sum(...$args));
var_dump(sum(1, ...$args, ...[7, 8]));
function kw(...$all) { var_dump($all); }
kw(1, 2, a: 3, b: 4);
