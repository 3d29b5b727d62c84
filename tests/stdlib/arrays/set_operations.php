<?php
// array_diff/array_intersect (value, key, assoc and callback forms), array_replace(_recursive), array_merge_recursive, their errors.
var_dump(array_diff([1, "2", 3, "a" => 4], ["3", 4]), array_diff_key(["a" => 1, "b" => 2, 0 => 3], ["a" => 9, "0" => 1]), array_diff_assoc(["a" => 1, "b" => 2, 0 => "3"], ["a" => "1", "b" => 3, 0 => 3]));
var_dump(array_intersect(["x" => 1, 2, 3], [3, 1]), array_intersect_key(["a" => 1, "b" => 2, "c" => 3], ["a" => 0, "c" => 0], ["c" => 1]), array_intersect_assoc(["a" => "g", "b" => "r"], ["a" => "g", "b" => "x"]));
var_dump(array_diff([1, 2, 3, 4], [1], [3]), array_intersect([1, 2, 3], [2, 3], [3]), array_diff([5, 6]), array_diff([1.0, "1", true, null, ""], ["1"]));
var_dump(array_replace([1, 2, 3], [1 => "b"], [3 => "d"]), array_replace_recursive(["a" => [1, 2], "b" => 1], ["a" => [1 => "x"], "b" => [5]]), array_merge_recursive(["a" => [1], "b" => 2, 5], ["a" => [3], "b" => 4, 6], ["a" => "s", "b" => ["k" => "v"]]));
var_dump(array_udiff([1, 5, 3], [3], fn($x, $y) => $x <=> $y), array_uintersect(["a", "B"], ["b"], "strcasecmp"), array_diff_ukey(["a" => 1, "B" => 2], ["b" => 1], "strcasecmp"), array_intersect_ukey(["a" => 1, "B" => 2], ["b" => 1], "strcasecmp"));
foreach ([fn() => array_diff([1], 5), fn() => array_replace([1], "x"), fn() => array_udiff([1], [2]), fn() => array_udiff([1], [2], "nope"), fn() => array_diff(5), fn() => array_merge_recursive([1], 2)] as $f) {
    try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
