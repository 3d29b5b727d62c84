<?php
$e = new Exception("hello", 12);
$rc = new ReflectionClass('Exception');
foreach ($rc->getProperties() as $p) echo $p->getName(), " ";
echo "\n";
$m = array_map(fn($m) => $m->getName(), $rc->getMethods());
echo implode(' ', $m), "\n";
var_dump($e->getLine(), basename($e->getFile()), $e->getTrace(), $e->getTraceAsString());
function mk() { return new Exception("made"); }
$m = mk();
echo $m->getLine(), " ", $m->getTraceAsString(), "\n";
try { throw $m; } catch (Exception $x) { echo "line stays ", $x->getLine(), "\n"; }
