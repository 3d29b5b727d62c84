<?php
class T {
    public function m(mixed $x): mixed { return $x; }
    public function fail(string $msg): never { throw new RuntimeException($msg); }
    public function badNever(): never { echo "returning from never\n"; }
    public function v(): void { echo "void\n"; }
}
$t = new T;
var_dump($t->m(null), $t->m([1]));
var_dump($t->v());
try { $t->fail("never returns"); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
try { $t->badNever(); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
