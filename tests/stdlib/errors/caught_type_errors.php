<?php
foreach ([
    fn() => strlen([]),
    fn() => strtoupper([]),
    fn() => str_pad("a", "x"),
    fn() => array_keys("notarray"),
    fn() => in_array(1, "x"),
    fn() => count(5),
    fn() => implode(",", 5),
    fn() => round([]),
    fn() => intdiv("a", 1),
    fn() => explode(",", []),
    fn() => abs("abc"),
    fn() => max(),
    fn() => max(1),
    fn() => str_replace("a", "b"),
    fn() => array_key_exists([], []),
    fn() => sort("x"),
] as $i => $f) {
    try {
        $f();
        echo "$i: no error\n";
    } catch (Throwable $e) {
        echo "$i: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
