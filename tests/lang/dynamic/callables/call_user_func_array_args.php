<?php
// call_user_func_array: named arguments after positional ones, references in the array, variadics,
// and php's errors for unknown/duplicate/positional-after-named parameters
function f($a, $b = 'B', ...$rest) { return "$a|$b|" . json_encode($rest); }
function inc(&$x) { $x++; }
echo call_user_func_array('f', [1]), "\n";
echo call_user_func_array('f', [1, 2, 3, 4]), "\n";
echo call_user_func_array('f', ['b' => 'named', 'a' => 'first']), "\n";
echo call_user_func_array('f', [1, 'extra' => 'x']), "\n";
$n = 1;
$args = [&$n];
call_user_func_array('inc', $args);
call_user_func_array('inc', $args);
var_dump($n);
$plain = [5];
call_user_func_array('inc', $plain);
var_dump($plain);
foreach ([['zz' => 1], ['a' => 1, 'a2' => 2, 3], [1, 'a' => 2]] as $bad) {
    try {
        echo call_user_func_array('f', $bad), "\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
