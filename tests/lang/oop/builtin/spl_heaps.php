<?php
$pq = new SplPriorityQueue; $pq->insert('lo', 1); $pq->insert('hi', 10); $pq->insert('mid', 5);
var_dump($pq); print_r($pq); echo "\n";
$h = new SplMinHeap; foreach ([5, 1, 3] as $x) $h->insert($x);
var_dump($h); print_r($h); echo "\n";
var_dump($h->top(), count($h), $h->extract(), $h->isEmpty(), $h->valid(), $h->key(), $h->current());
foreach ($h as $k => $v) echo "$k=$v "; echo count($h), "\n";
$m = new SplMaxHeap; foreach ([5, 1, 3, 'a'] as $x) $m->insert($x); foreach ($m as $v) echo "$v "; echo "\n";
try { $h->top(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $h->extract(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class RevHeap extends SplHeap { protected function compare($a, $b): int { return strlen($a) - strlen($b); } }
$r = new RevHeap; foreach (['aaa', 'a', 'aa'] as $x) $r->insert($x); foreach ($r as $v) echo "$v "; echo "\n";
var_dump($pq->top(), count($pq), $pq->getExtractFlags());
$pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH); var_dump($pq->extract());
$pq->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY); var_dump($pq->extract());
$pq->setExtractFlags(SplPriorityQueue::EXTR_DATA);
foreach ($pq as $k => $v) echo "$k=$v "; echo count($pq), "\n";
try { $pq->setExtractFlags(0); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$q = new SplPriorityQueue; $q->insert('a', 1); $q->insert('b', 1); $q->insert('c', 1); while ($q->valid()) { echo $q->extract(); } echo "\n";
$q->insert('x', [1, 2]); $q->insert('y', [1, 3]); echo $q->extract(), "\n";
var_dump($h->isCorrupted(), $h->recoverFromCorruption());
$c = clone $m; $c->extract(); var_dump(count($m), count($c));
