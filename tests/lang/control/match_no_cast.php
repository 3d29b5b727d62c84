<?php
function m($v) {
    return match ($v) {
        0 => "int zero",
        "0" => "string zero",
        false => "false",
        null => "null",
        0.0 => "float zero",
        [] => "empty array",
        default => "default",
    };
}
foreach ([0, "0", false, null, 0.0, [], "", -0.0] as $v) {
    echo m($v), "\n";
}
