<?php
function f(?int $x) { var_dump($x); }
f(null);
f(3);
function g(int $x = null) { var_dump($x); }
g();
g(null);
function h(string ...$parts): string { return implode('-', $parts); }
var_dump(h('a', 'b', 'c'));
var_dump(h());
function m(mixed $v): mixed { return $v; }
var_dump(m([1]));
