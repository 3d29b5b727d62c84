<?php
// The internal array pointer: current/key/next/prev/reset/end/pos, copies, appends past the end, deletions, array_pop/array_shift.
$a = ['x' => 1, 'y' => 2, 'z' => 3];
var_dump(current($a), key($a), next($a), key($a), next($a), next($a), key($a), current($a), prev($a), reset($a), end($a), key($a), prev($a), pos($a));
$b = $a;            // the copy keeps the pointer
var_dump(key($b), next($b), key($a));
$e = [];
var_dump(current($e), key($e), reset($e), end($e), next($e));
$l = [10, 20, 30];
next($l); next($l); next($l);
$l[] = 40;          // appended after the pointer went past the end
var_dump(current($l));
unset($l[3]);
end($l);
array_pop($l);
var_dump(current($l), key($l));
$m = [1, 2, 3];
next($m);
unset($m[1]);       // the current element is deleted: the next one is current
var_dump(current($m));
function walk(array $arr) { $out = []; while (($v = current($arr)) !== false) { $out[] = key($arr) . '=' . $v; next($arr); } return implode(',', $out); }
echo walk(['a' => 'A', 'b' => 'B']), "\n";
$n = [5, 6];
foreach ($n as $v) {}
var_dump(current($n));
var_dump(end($n), array_shift($n), current($n));
try { current("str"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
