<?php
var_dump(array_merge([1, 2], [3], ["a" => 1, 5 => "x"]));
var_dump([1, 2] + [5, 6, 7]);
var_dump(array_slice([1, 2, 3, 4], 1, 2), array_slice(["a" => 1, 5 => 2, 9 => 3], 1), array_slice([1, 2, 3, 4], -2, 1, true));
var_dump(array_reverse([1, 2, 3]), array_reverse(["x" => 1, 2], true));
var_dump(array_map(fn($x) => $x * 2, [1, 2, 3]));
var_dump(array_filter([1, 0, 2, null, 3, "", "0", "a"]));
var_dump(array_filter(["a" => 1, "b" => 2, "c" => 3], fn($v) => $v % 2 == 1));
var_dump(range(1, 5), range(0, 10, 5), range("a", "e", 2), range(5, 1, 2), range(0, 1, 0.25));
var_dump(array_flip(["a", "b"]), array_unique([1, "1", 2, 2.0, "a", "A"]));
var_dump(array_combine(["a", "b"], [1, 2]), array_fill(5, 3, "v"), array_fill_keys(["a", "b"], 0));
var_dump(array_pad([1, 2], 4, 0), array_pad([1, 2], -4, 0), array_chunk([1, 2, 3], 2), array_chunk(["a" => 1, "b" => 2, "c" => 3], 2, true));
