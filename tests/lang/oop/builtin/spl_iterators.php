<?php
$ai = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4]);
$ii = new IteratorIterator($ai);
var_dump($ii->valid(), $ii->current(), $ii->key());
foreach ($ii as $k => $v) echo "$k=$v ";
echo "\n", get_class($ii->getInnerIterator()), "\n";
$ao = new ArrayObject([1, 2]);
foreach (new IteratorIterator($ao) as $k => $v) echo "$k=$v ";
echo "\n";
$f = new CallbackFilterIterator($ai, function ($v, $k, $it) { return $v % 2 == 0; });
foreach ($f as $k => $v) echo "$k=$v ";
echo "\n";
class Odd extends FilterIterator { public function accept(): bool { return $this->current() % 2 == 1; } }
foreach (new Odd($ai) as $k => $v) echo "$k=$v ";
echo "\n";
foreach (new LimitIterator($ai, 1, 2) as $k => $v) echo "$k=$v ";
echo "\n";
$l = new LimitIterator($ai, 2);
foreach ($l as $k => $v) echo "$k=$v ", $l->getPosition(), " ";
echo "\n";
try { new LimitIterator($ai, -1); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new LimitIterator($ai, 0, -2); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new LimitIterator([1]); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$inf = new InfiniteIterator(new ArrayIterator([1, 2]));
$n = 0; foreach ($inf as $k => $v) { echo "$k=$v "; if (++$n == 5) break; }
echo "\n";
$nr = new NoRewindIterator(new ArrayIterator([1, 2, 3]));
foreach ($nr as $v) { echo $v; break; }
foreach ($nr as $v) echo $v;
echo "\n";
$e = new EmptyIterator;
foreach ($e as $v) echo "never";
var_dump($e->valid());
try { $e->current(); } catch (Throwable $x) { echo get_class($x), ": ", $x->getMessage(), "\n"; }
try { $e->key(); } catch (Throwable $x) { echo get_class($x), ": ", $x->getMessage(), "\n"; }
var_dump(iterator_to_array(new LimitIterator(new CallbackFilterIterator($ai, fn($v) => $v > 1), 0, 2)));
var_dump(iterator_count(new IteratorIterator($ai)));
var_dump($ii);
try { clone $ii; } catch (Throwable $x) { echo get_class($x), ": ", $x->getMessage(), "\n"; }
$lim = new LimitIterator(new ArrayIterator(range(0, 9)), 3, 4);
$lim->rewind(); $lim->seek(5); var_dump($lim->current());
try { $lim->seek(1); } catch (Throwable $x) { echo get_class($x), ": ", $x->getMessage(), "\n"; }
try { $lim->seek(8); } catch (Throwable $x) { echo get_class($x), ": ", $x->getMessage(), "\n"; }
class Evens extends FilterIterator { public function accept(): bool { return $this->key() % 2 == 0; } }
print_r(iterator_to_array(new Evens(new ArrayIterator(range(10, 16)))));
try { new Evens([1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new CallbackFilterIterator($ai, 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class Lazy extends IteratorIterator { public function __construct() {} }
try { (new Lazy)->rewind(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(new ArrayIterator([]) instanceof SeekableIterator, $ii instanceof OuterIterator, $ii instanceof Traversable);
