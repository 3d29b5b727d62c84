<?php
class T { public int $i = PHP_INT_MAX; public ?int $n = null; public float $f = 1.5; }
$t = new T;
try { $t->i++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($t->i);
$t->n++;
var_dump($t->n);
$t->f++;
var_dump($t->f);
$t->i = PHP_INT_MIN;
try { --$t->i; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $t->i += 1.5; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($t->i);
