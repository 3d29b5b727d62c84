<?php
$a = ['a' => 1, 'b' => [2, 3, 'c' => [4]], 'd' => 5];
array_walk_recursive($a, function (&$v, $k, $mul) { echo "$k "; $v *= $mul; }, 10);
echo "\n", json_encode($a), "\n";
array_walk_recursive($a, function ($v, $k) { echo "$k=$v "; });
echo "\n";
$r = 7; $b = ['x' => &$r, 'y' => [1]];
array_walk_recursive($b, function (&$v) { $v++; });
var_dump($r, $b);
var_dump(array_walk_recursive($a, 'strlen'));
try { array_walk_recursive($a, 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$s = 5;
try { array_walk_recursive($s, 'strlen'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
