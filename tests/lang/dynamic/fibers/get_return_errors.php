<?php
$f = new Fiber(function () { Fiber::suspend(); return 1; });
try { $f->getReturn(); } catch (FiberError $e) { echo $e->getMessage(), "\n"; }
$f->start();
try { $f->getReturn(); } catch (FiberError $e) { echo $e->getMessage(), "\n"; }
$f->resume();
var_dump($f->getReturn());
$g = new Fiber(function () { throw new RuntimeException("bad"); });
try { $g->start(); } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
try { $g->getReturn(); } catch (FiberError $e) { echo $e->getMessage(), "\n"; }
var_dump($g->isTerminated());
