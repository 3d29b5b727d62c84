<?php
// The time limit is also checked on entering a function: a recursion without loops times out
// (the body is one line: php's interrupt check can fire on entry or after a call returns);
// shutdown functions still run.
register_shutdown_function(function () { echo "shutdown\n"; });
set_time_limit(1);
function f($n) { return $n < 2 ? $n : f($n - 1) + f($n - 2); }
echo f(45);
