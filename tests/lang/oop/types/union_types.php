<?php
class U {
    public function f(int|string $x) { var_dump($x); }
    public function g(int|float $x) { var_dump($x); }
    public function h(bool|int $x) { var_dump($x); }
    public function n(array|string|null $x) { var_dump($x); }
    public function r(): int|false { return false; }
}
$u = new U;
$u->f(1); $u->f("a"); $u->f(1.0); $u->f(1.5); $u->f(true);
$u->g("1"); $u->g("1.5"); $u->g("1e2");
$u->h("1"); $u->h("x"); $u->h(2.0);
$u->n(null); $u->n([1]); $u->n(5);
var_dump($u->r());
try { $u->g("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $u->f([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
