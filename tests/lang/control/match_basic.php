<?php
function m($v) {
    return match ($v) {
        1, 2 => "one or two",
        3 => "three",
        "3" => "string three",
        null => "null",
        default => "other",
    };
}
foreach ([1, 2, 3, "3", null, false, 4.0, "1"] as $v) {
    echo var_export($v, true), ": ", m($v), "\n";
}
$x = 7;
echo match (true) {
    $x < 5 => "small",
    $x < 10 => "medium",
    default => "large",
}, "\n";
function side($n) { echo "eval $n; "; return $n; }
echo match (2) { side(1) => "a", side(2) => "b", side(3) => "c" }, "\n";
