<?php
$data = ['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3]], 'f' => 4, 'g' => []];
$rai = new RecursiveArrayIterator($data);
foreach (new RecursiveIteratorIterator($rai) as $k => $v) echo "$k=$v ";
echo "\n";
$it = new RecursiveIteratorIterator($rai, RecursiveIteratorIterator::SELF_FIRST);
foreach ($it as $k => $v) echo $it->getDepth(), ":$k=", is_array($v) ? 'arr' : $v, " ";
echo "\n";
$it = new RecursiveIteratorIterator($rai, RecursiveIteratorIterator::CHILD_FIRST);
foreach ($it as $k => $v) echo $it->getDepth(), ":$k=", is_array($v) ? 'arr' : $v, " ";
echo "\n";
$it = new RecursiveIteratorIterator($rai, RecursiveIteratorIterator::SELF_FIRST);
$it->setMaxDepth(0);
foreach ($it as $k => $v) echo "$k ";
var_dump($it->getMaxDepth());
echo "\n";
print_r(iterator_to_array(new RecursiveIteratorIterator(new RecursiveArrayIterator([[1, 2], [3, [4, 5]]])), false));
var_dump($rai->hasChildren());
$rai->rewind(); $rai->next(); var_dump($rai->hasChildren(), get_class($rai->getChildren()));
try { new RecursiveIteratorIterator(new ArrayIterator([])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Tree extends RecursiveIteratorIterator {
    public function beginChildren(): void { echo "<"; }
    public function endChildren(): void { echo ">"; }
}
foreach (new Tree(new RecursiveArrayIterator([1, [2, [3]], 4])) as $v) echo $v;
echo "\n";
$o = new ArrayObject(['x' => [1, 2]]);
foreach (new RecursiveIteratorIterator(new RecursiveArrayIterator($o)) as $k => $v) echo "$k=$v ";
echo "\n";
$it = new RecursiveIteratorIterator(new RecursiveArrayIterator([1, [2]]));
foreach ($it as $v) { echo get_class($it->getSubIterator()), get_class($it->getInnerIterator()), $it->getDepth(), " "; }
echo "\n";
var_dump(RecursiveArrayIterator::CHILD_ARRAYS_ONLY);
$objs = new RecursiveArrayIterator(['o' => new ArrayObject([1]), 'a' => [2]]);
foreach (new RecursiveIteratorIterator($objs) as $k => $v) echo "$k=", is_object($v) ? 'obj' : $v, " ";
echo "\n";
$objs = new RecursiveArrayIterator(['o' => (object)['p' => 1], 'a' => [2]], RecursiveArrayIterator::CHILD_ARRAYS_ONLY);
foreach (new RecursiveIteratorIterator($objs) as $k => $v) echo "$k=", is_object($v) ? 'obj' : $v, " ";
echo "\n";
