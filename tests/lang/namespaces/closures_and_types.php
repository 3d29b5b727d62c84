<?php
namespace Funcs;
$c = function (int $x) { return __FUNCTION__ . ":" . $x; };
echo $c(1), "\n";
$a = fn() => __FUNCTION__;
echo $a(), "\n";
function typed(int $a, ?string $b = null): string { return $a . $b; }
echo typed(1, "x"), "\n";
typed("oops");
