<?php
// debug_backtrace() called from another file: a closure without parameters still lists "args" => [].
require __DIR__ . "/inc/db_helper.inc";
function noparams() { return db(); }
$c = function () { return db(); };
function thrower() { throw new Exception("x"); }
// frames without their file paths (the golden must not depend on where the tests live)
$show = fn(array $frames) => json_encode(array_map(fn($f) => array_diff_key($f, ['file' => 1]), $frames));
echo $show(noparams()), "\n", $show($c()), "\n";
try { thrower(); } catch (Exception $e) { echo $show($e->getTrace()), "\n"; }
