<?php
function inner() { yield 1; return 'ret'; }
$in = inner();
foreach ($in as $v) echo "drained $v\n";
function outer($in) { $r = yield from $in; echo "yield from gave $r\n"; yield 'end'; }
foreach (outer($in) as $v) echo $v, "\n";
function failing() { yield 1; throw new Exception('x'); }
$f = failing();
try { foreach ($f as $v) {} } catch (Exception $e) { echo "failed\n"; }
try {
    foreach (outer($f) as $v) echo $v, "\n";
} catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
