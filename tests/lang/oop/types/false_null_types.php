<?php
class T {
    public function f(): string|false { return false; }
    public function n(): ?T { return null; }
    public function arg(int|null $x = null, string|false $s = false) { var_dump($x, $s); }
}
$t = new T;
var_dump($t->f(), $t->n());
$t->arg();
$t->arg(5, 'str');
try { $t->arg(1, true); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
