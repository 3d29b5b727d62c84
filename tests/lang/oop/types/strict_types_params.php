<?php
declare(strict_types=1);
class C {
    public function i(int $x): int { return $x; }
    public function f(float $x): float { return $x; }
    public function s(?string $x): string { return $x ?? 'null'; }
}
$c = new C;
var_dump($c->f(5));
var_dump($c->s(null));
foreach ([fn() => $c->i("5"), fn() => $c->i(5.0), fn() => $c->s(5), fn() => $c->i(true)] as $t) {
    try { $t(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
var_dump(strlen("abc"));
try { strlen(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_map(fn(int $x) => $x * 2, [1, 2]));
