<?php
// a trace lists each frame's arguments as they are when the exception is created
function modified($a, $b = 5) {
    $a = $a * 10;
    $e = new RuntimeException("x");
    $a = 'later';
    return $e;
}
$e = modified(3);
echo $e->getTraceAsString(), "\n";

function withDefaults($x, $y = 2, ...$rest) { return new Exception(); }
echo withDefaults(1)->getTraceAsString(), "\n";
echo withDefaults(1, 3, 'r1', 'r2')->getTraceAsString(), "\n";

function byRef(&$r, int $n) { $r = 'changed'; return new Exception(); }
$v = 'orig';
echo byRef($v, "12")->getTraceAsString(), "\n";

class Svc {
    public function run(array $opts, ?Svc $next = null) { return (fn($k) => new LogicException($k))('key'); }
    public static function make(string $s) { return (new Svc)->run(['a' => 1], null); }
}
echo Svc::make('abc')->getTraceAsString(), "\n";
var_dump(count(Svc::make('z')->getTrace()[2]['args']));

function recurse(int $n) {
    if ($n === 0) {
        try { throw new Exception("deep"); } catch (Exception $e) { return $e; }
    }
    return recurse($n - 1);
}
echo recurse(3)->getTraceAsString(), "\n";

function typed(int $n) { return $n; }
function callsTyped($x) { return typed($x); }
try { callsTyped('nope'); } catch (TypeError $t) { echo $t->getTraceAsString(), "\n"; }

function uncaught($arg) { $arg = [1]; throw new DomainException("bye"); }
uncaught('first');
