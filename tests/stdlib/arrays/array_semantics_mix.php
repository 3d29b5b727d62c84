<?php
// Sorting, references left by foreach, array_splice keeping references, set operations, destructuring.
$a = [1, 2, 3]; foreach ($a as &$v) {} foreach ($a as $v) {} print_r($a);
$x = ['b' => 2, 'a' => 1, 'c' => 2]; asort($x); print_r($x); arsort($x); print_r($x); uksort($x, fn($p, $q) => strcmp($q, $p)); print_r($x);
$people = [['n' => 'x', 'age' => 30], ['n' => 'y', 'age' => 25], ['n' => 'z', 'age' => 30]];
usort($people, fn($p, $q) => $q['age'] <=> $p['age']); echo implode(',', array_column($people, 'n')), "\n";
function &counter() { static $c = 0; $c++; return $c; } $r = &counter(); $r += 10; echo counter(), "\n";
$arr = [1, 2]; $copy = $arr; $ref = &$arr[0]; $copy2 = $arr; $ref = 99; echo $copy[0], $copy2[0], $arr[0], "\n";
$m = [[1, 2], [3, 4]]; foreach ($m as [$p, $q]) echo $p * $q, " "; echo "\n";
var_dump(array_search('1', [0, 1, '1'], true), in_array('abc', [0]), in_array(null, ['']), array_keys([1, '1', true, 1.0], 1));
var_dump(range('a', 'e', 2), range(5, 1, 2), range(0, 1, 0.25), array_fill_keys(['a', 'b'], 0), array_pad([1], -3, 0), array_chunk([1, 2, 3], 2, true));
var_dump(array_merge_recursive(['a' => [1], 'b' => 2], ['a' => [3], 'b' => 4]), array_replace_recursive(['a' => [1, 2]], ['a' => [1 => 'x']]), [1, 2] + [5, 6, 7]);
var_dump(array_splice($a, 1, 1, ['x', 'y']), $a, array_diff_key(['a' => 1, 'b' => 2], ['a' => 9]), array_intersect_assoc(['a' => 'g', 'b' => 'r'], ['a' => 'g', 'b' => 'x']));
$nested = ['a' => ['b' => ['c' => 1]]]; array_walk_recursive($nested, function (&$v, $k) { $v = "$k=$v"; }); var_dump($nested);
var_dump(compact('nested') === ['nested' => $nested], list(, $second) = [1, 2], $second);
$i = 0; $arr2 = []; $arr2[$i++] = $i++; var_dump($arr2, $i);
