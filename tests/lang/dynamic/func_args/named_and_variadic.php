<?php
// named arguments skip defaults (counted up to the last passed); variadic parameters: their
// arguments as passed (later changes to the variable not seen), named extras left out
function opt($a = 1, $b = 2, $c = 3) {
    var_dump(func_num_args());
    echo json_encode(func_get_args()), "\n";
}
opt(b: 20);
opt(c: 30);
opt();
function rest($first, ...$more) {
    $more[] = 'added';
    $more = null;
    echo func_num_args(), " ", json_encode(func_get_args()), "\n";
}
rest(1);
rest(1, 2, 3);
rest(1, 2, extra: 3);
function coerced(int $n = 0) {
    var_dump(func_get_args());
}
coerced("42");
try {
    opt(d: 1);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
