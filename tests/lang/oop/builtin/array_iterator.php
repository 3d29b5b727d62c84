<?php
$it = new ArrayIterator(['b' => 2, 'a' => 1, 'c' => 3]);
echo count($it), "\n";
foreach ($it as $k => $v) echo "$k=$v ";
echo "\n";
$it->ksort();
echo implode(',', array_keys($it->getArrayCopy())), "\n";
$it['d'] = 4;
var_dump(isset($it['d']), $it['a']);
unset($it['b']);
echo implode(',', iterator_to_array($it)), "\n";
$it->rewind();
echo $it->key(), " ", $it->current(), "\n";
$it->next();
echo $it->key(), " ", $it->current(), "\n";
var_dump($it->valid());
$it->asort();
$it->uasort(fn($x, $y) => $y <=> $x);
print_r($it->getArrayCopy());
