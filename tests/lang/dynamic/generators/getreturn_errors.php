<?php
function g() { yield 1; return 2; }
$gen = g();
try { $gen->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$gen->current();
try { $gen->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$gen->next();
echo $gen->getReturn(), "\n";
function thrower() { yield 1; throw new RuntimeException("boom"); }
$t = thrower();
try { foreach ($t as $v) echo $v, "\n"; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump($t->valid());
try { $t->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
