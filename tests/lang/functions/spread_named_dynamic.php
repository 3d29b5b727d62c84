<?php
function f($a, $b = 'B', $c = 'C') { return "a=$a b=$b c=$c"; }
$g = 'f';
echo $g(...['c' => 1, 'a' => 2]), "\n";
echo str_pad(...['string' => 'x', 'length' => 5, 'pad_string' => '-']), "|\n";
echo implode(...[',', [1, 2]]), "\n";
function r(&$x, $y = 1) { $x .= $y; }
$s = 'q';
r(...['x' => &$s]);
$fn = fn($p, ...$rest) => count($rest) . $p;
echo $fn(...[1, 2, 3]), "\n";
