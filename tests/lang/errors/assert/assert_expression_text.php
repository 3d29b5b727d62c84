<?php
function check(array $xs) {
    foreach ([fn() => assert(count($xs) > 3), fn() => assert(in_array('z', $xs, true)),
              fn() => assert($xs[0] == "a" || !empty($xs['k'])), fn() => assert(is_int(0.5 * 2))] as $f) {
        try { $f(); } catch (AssertionError $e) { echo $e->getMessage(), "\n"; }
    }
}
check(['b']);
try { assert(null); } catch (AssertionError $e) { echo $e->getMessage(), "\n"; }
try { assert(new stdClass instanceof Countable); } catch (AssertionError $e) { echo $e->getMessage(), "\n"; }
