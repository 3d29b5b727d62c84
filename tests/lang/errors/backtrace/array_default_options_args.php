<?php
function f($x, $y = 2) {
    var_dump(debug_backtrace());
}
f(1);
