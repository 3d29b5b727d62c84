<?php
mt_srand(7);
$min = new SplMinHeap; $max = new SplMaxHeap; $pq = new SplPriorityQueue;
for ($i = 0; $i < 40; $i++) { $v = mt_rand(0, 50); $min->insert($v); $max->insert($v); $pq->insert("v$i", $v % 7); }
echo json_encode((function () use ($min) { $d = []; ob_start(); print_r($min); return ob_get_clean(); })() !== ''), "\n";
$h = [];
$dump = print_r($max, true);
echo substr_count($dump, '=>'), "\n";
for ($i = 0; $i < 10; $i++) $h[] = $min->extract();
echo implode(',', $h), "\n";
echo implode(',', iterator_to_array($max, false)), "\n";
var_dump(count($max), $max->valid());
$out = [];
while (!$pq->isEmpty()) $out[] = $pq->extract();
echo implode(',', $out), "\n";
class ByLen extends SplPriorityQueue { public function compare($a, $b): int { return strlen($b) <=> strlen($a); } }
$q = new ByLen;
foreach (['ccc' => 'x', 'a' => 'y', 'bb' => 'z', 'dddd' => 'w'] as $p => $d) $q->insert($d, $p);
$q->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
print_r($q->top());
$q->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY);
foreach ($q as $k => $p) echo "$k:$p ";
echo "\n";
$m = new SplMinHeap;
foreach ([[2, 'b'], [1, 'z'], [1, 'a'], [3]] as $v) $m->insert($v);
foreach ($m as $v) echo json_encode($v), " ";
echo "\n";
$s = new SplMinHeap;
foreach (['b', 'a', 'C', '10', '9', 9] as $v) $s->insert($v);
var_dump($s);
