<?php
declare(strict_types=1);
class T { public int $i = 0; public float $f = 0.0; }
$t = new T;
$t->f = 5;
var_dump($t->f);
try { $t->i = "5"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $t->i = 5.0; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t->i = "7";
