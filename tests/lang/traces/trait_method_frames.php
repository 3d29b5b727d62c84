<?php
// Frames of trait methods name the class that uses the trait, as php (the JVM method is the trait's).
trait T { public function hello($x) { throw new Exception("in trait"); } public static function st() { return debug_backtrace(); } }
class A { use T; }
try { (new A)->hello(1); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
$bt = A::st(); echo $bt[0]['class'], $bt[0]['type'], $bt[0]['function'], "\n";
function noargs() { return debug_backtrace(); }
$f = function () { return debug_backtrace(); };
var_dump(array_key_exists('args', $f()[0]));
var_dump(array_map(fn($x) => $x * 2, [1]));
function thrower($v) { throw new Exception('x'); }
try { array_map('thrower', [5]); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
