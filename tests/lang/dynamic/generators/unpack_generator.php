<?php
function nums() { yield 1; yield 2; yield 3; }
function named() { yield 'b' => 'B'; yield 'a' => 'A'; }
print_r([...nums(), ...nums()]);
print_r([0, ...named()]);
function f($a, $b = 'dflt', $c = 'dflt') { return "$a,$b,$c"; }
echo f(...nums()), "\n";
function g($a = 'x', $b = 'y') { return "a=$a b=$b"; }
echo g(...named()), "\n";
echo max(...nums()), "\n";
function badkey() { yield 1.5 => 1; }
try { var_dump([...badkey()]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
