<?php
function g() { echo "[start]\n"; yield 1; yield 2; yield 3; }
$gen = g();
$gen->rewind();
$gen->rewind();
echo $gen->current(), "\n";
foreach ($gen as $v) { echo $v, "\n"; break; }
$gen->next();
try { $gen->rewind(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { foreach ($gen as $v) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
