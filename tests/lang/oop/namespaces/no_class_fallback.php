<?php
namespace Lib;
$e = new \Exception("ok");
echo get_class($e), "\n";
try {
    throw new Exception("unqualified");
} catch (\Throwable $t) {
    echo "caught ", get_class($t), ": ", $t->getMessage(), "\n";
}
function f(Exception $x) {}
try { f(new \Exception); } catch (\TypeError $t) { echo $t->getMessage(), "\n"; }
echo "undefined fn: ";
try { undefined_function(); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
try { echo UNDEF_CONST; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
