<?php
$s = new SplObjectStorage; $a = new stdClass; $b = new stdClass; $c = new stdClass;
$s[$a] = ['info']; $s->attach($b);
var_dump($s);
$s->removeAll($s);
try { $s->attach('x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $s['x'] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $s->offsetGet($a); } catch (UnexpectedValueException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($s->detach($a), $s->getInfo(), $s->key(), $s->valid());
try { $s->current(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s[$a] = 1; $t = new SplObjectStorage; $t[$b] = 2; $t[$a] = 3;
var_dump($s->addAll($t), $s[$a], count($s), $s->removeAll($t), count($s));
$s->attach($a); $s->attach($b); $s->attach($c, [1, 2]);
var_dump($s->count(COUNT_RECURSIVE), $s->removeAllExcept($t));
var_dump(isset($s[$a]), isset($s[$c]), $s->offsetExists($a), $s->contains($b));
unset($s[$a]);
var_dump(count($s));
$copy = clone $t;
$copy->detach($a);
var_dump(count($t), count($copy), strlen($s->getHash($a)));
foreach ($t as $k => $o) { var_dump($k, $t->getInfo()); $t->setInfo("new$k"); }
print_r($t);
echo "\n";
$t->rewind();
var_dump($t->current() === $b, $t[$b]);
