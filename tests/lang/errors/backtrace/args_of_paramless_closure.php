<?php
// debug_backtrace() called from another file: a closure without parameters still lists "args" => [].
require __DIR__ . "/inc/db_helper.inc";
function noparams() { return db(); }
$c = function () { return db(); };
function thrower() { throw new Exception("x"); }
echo json_encode(noparams()), "\n", json_encode($c()), "\n";
try { thrower(); } catch (Exception $e) { echo json_encode($e->getTrace()), "\n"; }
