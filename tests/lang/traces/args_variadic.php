<?php
function f($x, ...$xs) { return $x % 0; }
f(1.0, 0.1, -0.0, 1e100, "new\nline\t\\ and more text", [1], null, false);
