<?php
function f() { $a = new ArrayObject([1]); $a->offsetGet(5); $s = new SplObjectStorage; $s->offsetGet(new stdClass); }
try { f(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
class H extends SplHeap { protected function compare($a, $b): int { throw new LogicException("no"); } }
$h = new H; $h->insert(1);
try { $h->insert(2); } catch (LogicException $e) { echo $e->getTraceAsString(), "\n"; var_dump($h->isCorrupted()); }
try { $h->insert(3); } catch (RuntimeException $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
$f = SplFixedArray::fromArray([1]);
try { SplFixedArray::fromArray(['x' => 1]); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
$l = new SplDoublyLinkedList;
$l->pop();
