<?php
function g() { yield 'a' => 1; yield 'a' => 2; yield 3; yield 10 => 4; yield 5; }
print_r(iterator_to_array(g()));
print_r(iterator_to_array(g(), false));
print_r(iterator_to_array(new ArrayIterator(['x' => 1, 'y' => 2])));
function objKeys() { yield new stdClass => 1; }
try { iterator_to_array(objKeys()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
print_r(iterator_to_array(objKeys(), false));
echo iterator_count(g()), "\n";
