<?php
// Routines that meet class constants and enum cases for the first time together (all at once under
// --parallel, while the first one autoloads a class from a file compiled on first use): each constant
// is evaluated once, cases stay identical, and no routine sees a "self-referencing constant".
use go\Chan;

spl_autoload_register(function ($class) {
    // the routine evaluating Limits::TOP compiles this file; under --parallel the others reach Limits::TOP meanwhile
    if ($class === 'Dep') require __DIR__ . '/inc/dep_class.inc';
});
enum Level: int { case Low = 1; case High = 2; }
class Limits { const BASE = 10; const TOP = self::BASE * Dep::V + 2; const NAMES = ['low' => Level::Low, 'high' => Level::High]; }

$results = new Chan(16);
for ($i = 0; $i < 8; $i++) {
    go(function () use ($i, $results) {
        $ok = Limits::TOP === 42 && Limits::NAMES['high'] === Level::High && Level::from(1) === Level::Low;
        $results->push($ok);
    });
}
$all = 0;
for ($i = 0; $i < 8; $i++) $all += $results->pop() ? 1 : 0;
echo "routines that saw the same constants: $all\n";
