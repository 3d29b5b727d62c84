<?php
function f($x) { trigger_error("bad x: $x", E_USER_WARNING); return $x * 2; }
echo f(3), "\n";
var_dump(trigger_error("w", E_USER_WARNING));
