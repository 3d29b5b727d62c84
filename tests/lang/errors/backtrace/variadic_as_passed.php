<?php
// traces list the variadic arguments as passed, whatever the body does to the variadic parameter
function rest($first, ...$more) {
    $first = 10;
    $more[] = 'added';
    $more[0] = 'x';
    throw new Exception('e');
}
try { rest(1, 2, 3); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
function rest2($first, ...$more) {
    $more = 5;
    throw new Exception('e');
}
try { rest2(1, 2, 3); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
