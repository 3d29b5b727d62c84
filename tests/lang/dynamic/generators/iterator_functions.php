<?php
function kv() { yield 'a' => 1; yield 'b' => 2; yield 'a' => 3; }
print_r(iterator_to_array(kv()));
print_r(iterator_to_array(kv(), false));
echo iterator_count(kv()), "\n";
$gen = kv();
$n = iterator_apply($gen, function () use ($gen) { echo $gen->key(), '=', $gen->current(), "\n"; return true; });
echo "applied $n\n";
function keys() { yield 1.5 => 'float'; yield true => 'bool'; yield null => 'null'; }
print_r(iterator_to_array(keys()));
function arrkey() { yield [] => 'x'; }
try { iterator_to_array(arrkey()); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
