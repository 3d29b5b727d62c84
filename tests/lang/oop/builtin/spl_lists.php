<?php
$l = new SplDoublyLinkedList; $l->push(1); $l->push(2); $l->unshift(0);
var_dump($l);
print_r($l);
echo "\n";
foreach ($l as $k => $v) echo "$k=>$v ";
echo "\n";
$st = new SplStack; $st->push('a'); $st->push('b'); $st[] = 'c';
var_dump($st);
var_dump($st->top(), $st->pop(), count($st), $st->getIteratorMode());
foreach ($st as $k => $v) echo "$k=>$v ";
echo "\n";
$q = new SplQueue; $q->enqueue(1); $q->enqueue(2); $q[] = 3;
var_dump($q->dequeue(), $q->bottom(), $q->isEmpty());
foreach ($q as $k => $v) echo "$k=>$v ";
echo "\n";
try { (new SplStack)->top(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { (new SplQueue)->dequeue(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { (new SplStack)->pop(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { (new SplDoublyLinkedList)->bottom(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $l[10]; } catch (OutOfRangeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$d = new SplDoublyLinkedList;
try { $d[0] = 1; } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unset($d[0]); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $d->add(2, 'x'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$d[] = 'a'; $d->add(0, 'z'); $d->add(2, 'end');
foreach ($d as $k => $v) echo "$k=$v,";
echo "\n";
var_dump($d->isEmpty(), $d->getIteratorMode(), isset($d[1]), isset($d[9]), $d->offsetExists(0));
try { (new SplStack)->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$d->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO | SplDoublyLinkedList::IT_MODE_DELETE);
foreach ($d as $k => $v) echo "$k:$v ";
echo count($d), "\n";
$q = new SplQueue; $q[] = 1; $q[] = 2; $q->setIteratorMode(SplDoublyLinkedList::IT_MODE_DELETE);
foreach ($q as $k => $v) echo "$k:$v ";
echo count($q), "\n";
print_r($q);
$d = new SplDoublyLinkedList; $d->push(1); $d->push(2); $d->push(3);
$d->rewind(); $d->next();
var_dump($d->current(), $d->key());
$d->prev();
var_dump($d->current());
$d->next(); $d->next(); $d->next();
var_dump($d->valid(), $d->current(), $d->key());
try { $d['x']; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($d['1']);
$e = clone $d; $e->pop();
var_dump(count($d), count($e));
