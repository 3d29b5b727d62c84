<?php
// compact(), extract(), func_get_args() and co. through call_user_func, call_user_func_array,
// a variable function and a library callback: they exist, and php refuses the call (after checking the arguments)
function attempt(string $how, callable $f, array $args) {
    try {
        $r = match ($how) {
            'cuf' => call_user_func($f, ...$args),
            'cufa' => call_user_func_array($f, $args),
            'var' => $f(...$args),
            'map' => array_map($f, $args ?: [1]),
        };
        var_dump($r);
    } catch (Error $e) {
        echo "  $how: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function g($x) {
    $cases = [
        'compact' => ['x'], 'extract' => [['q' => 1]], 'func_get_args' => [], 'func_get_arg' => [0],
        'func_num_args' => [], 'get_defined_vars' => [], 'Compact' => ['x'], 'FUNC_GET_ARGS' => [],
    ];
    foreach ($cases as $f => $args) {
        echo "$f: is_callable ", var_export(is_callable($f), true), ", function_exists ",
            var_export(function_exists($f), true), "\n";
        foreach (['cuf', 'cufa', 'var', 'map'] as $how) attempt($how, $f, $args);
    }
    var_dump($x, isset($q));
}
g(5);
try {
    call_user_func('extract', 1, 2, 3, 4);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
function h() {
    $c = Closure::fromCallable('func_num_args');
    try { $c(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
h();
