<?php
$f = new SplFixedArray(2);
$f[0] = [1];
var_dump($f);
$f[0] = null;
try { $f[2] = 1; } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $f[-1]; } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$f[1.5] = 3;
$f["1"] = 4;
var_dump($f[1]);
try { $f["x"] = 4; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $f[] = 4; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unset($f[5]); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($f[0]), isset($f[1]), isset($f[7]), $f->offsetExists(0), count($f));
$f->setSize(3);
var_dump($f->toArray());
$f->setSize(1);
var_dump($f->getSize());
$g = SplFixedArray::fromArray([2 => 'c', 0 => 'a']);
var_dump($g->toArray());
$g = SplFixedArray::fromArray([2 => 'c', 0 => 'a'], false);
print_r($g);
try { SplFixedArray::fromArray(['x' => 1]); } catch (InvalidArgumentException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach ($g as $k => $v) echo "$k=$v ";
echo "\n", json_encode($g), "\n";
var_dump((array) $g);
$h = clone $g;
$h[0] = 'changed';
var_dump($g[0], $h[0]);
try { $f->setSize(-1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new SplFixedArray(-1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$empty = new SplFixedArray();
print_r($empty);
var_dump($empty->toArray());
