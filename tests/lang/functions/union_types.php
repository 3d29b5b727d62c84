<?php
function a(int|string|null $x) {} 
function b(float|int|bool $x) {}
function c(?int $x) {}
function d(iterable|false $x) {}
function e(callable|string|array $x) {}
function f(string|int|float|bool|array|null $x) {}
function g(mixed $x): int|float { return $x; }
function h(int|string $x) { var_dump($x); }
h(1.0); h(1.5); h(true); h(1e100); h(INF);
function i(int|float $x) { var_dump($x); }
i("1"); i("1.5"); i(true); i("1e2"); i(" 1");
function j(int|float|bool $x) { var_dump($x); }
j("45X"); j(""); j("X");
function k(float|string $x) { var_dump($x); } k(5); k(true);
function l(int|bool $x) { var_dump($x); } l("5"); l(5.5); l("abc");
function m(?float $x) { var_dump($x); } m(null); m(3);
function n(bool|string $x) { var_dump($x); } n(5);
function o(int $x) { var_dump($x); } o("1e1"); o(7.0); 
function p(iterable $x) { var_dump(count($x)); } p([1]);
function q(false|string $x) { var_dump($x); } q(false); q(1);
function r(callable $x) { echo "ok\n"; } r('strlen'); r(fn() => 1);
function s(null|int $x) {} 
function t(): void {} var_dump(t());
function u(): ?string { return 5; } var_dump(u());
function v(): int|string { return 1.5; } var_dump(v());
