<?php
class MyAO extends ArrayObject { public $p = 1; private $q = 2; }
$a = new MyAO(['k' => 1]);
$a->dyn = 5;
var_dump($a);
print_r($a);
echo "\n";
var_dump((array) $a, get_object_vars($a));
foreach (get_mangled_object_vars($a) as $k => $v) echo str_replace("\0", '\0', $k), " => $v\n";
var_export($a);
echo "\n", json_encode($a), "\n";
$b = new ArrayObject(['k' => 1], ArrayObject::STD_PROP_LIST);
$b->dyn = 3;
var_dump((array) $b, $b->getFlags());
$c = new ArrayObject(['x' => 1], ArrayObject::ARRAY_AS_PROPS);
var_dump($c->x, isset($c->x), isset($c->nope));
$c->y = 2;
unset($c->x);
var_dump($c, $c->getFlags(), $c->getArrayCopy());
echo $c->nope;
$c->setFlags(0);
$c->z = 3;
var_dump(count($c), $c->z);
$d = clone $c;
$d['w'] = 4;
var_dump(count($c), count($d));
$it = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3]);
$it->seek(2);
var_dump($it->key(), $it->current());
try { $it->seek(3); } catch (OutOfBoundsException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $it->seek(-1); } catch (OutOfBoundsException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
print_r(new ArrayIterator([1]));
class MyIt extends ArrayIterator {}
$e = new ArrayObject([1, 2], 0, 'MyIt');
echo get_class($e->getIterator()), " ", $e->getIteratorClass(), "\n";
foreach ($e as $k => $v) echo "$k=$v ";
echo "\n";
$wrapped = new ArrayObject($a);
var_dump($wrapped->getArrayCopy());
try { new ArrayObject(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$big = new ArrayObject();
for ($i = 0; $i < 5; $i++) $big[] = $i * $i;
unset($big[2]);
$big->ksort();
print_r($big->getArrayCopy());
var_dump($big->offsetExists(2), isset($big[3]), $big[4]);
echo $big[9];
