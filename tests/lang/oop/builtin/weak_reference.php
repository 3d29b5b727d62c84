<?php
$o = new stdClass;
$o->v = 'alive';
$wr = WeakReference::create($o);
var_dump($wr->get() === $o);
echo $wr->get()->v, "\n";
var_dump(WeakReference::create($o) === $wr);
unset($o);
var_dump($wr->get());
try { new WeakReference; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$x = new ArrayObject([]);
$w2 = WeakReference::create($x);
$y = $x;
$x = null;
var_dump($w2->get() !== null);
