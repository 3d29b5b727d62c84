<?php
function s($v) {
    switch ($v) {
        case "1e1": return "1e1";
        case 0: return "zero";
        case "": return "empty";
        case "abc": return "abc";
        default: return "default";
    }
}
foreach ([10, "10", "abc", 0, "0", "", null, false, "0.0"] as $v) {
    echo var_export($v, true), " -> ", s($v), "\n";
}
