<?php
// the Errors of calling values that are not callable
class A {
    static function s() {}
    function m() {}
    private static function p() {}
}
$values = ['nope', 'A::nope', 'Nope::x', ['A', 'm'], 'A::m', 'A::p', ['A', 'nope'], [new A, 'nope'], ['Nope', 'x'],
    [1, 2], [1], [1, 2, 3], 5, null, 1.5, new stdClass];
foreach ($values as $v) {
    try {
        $v();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
