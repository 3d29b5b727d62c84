<?php
class A {
    public readonly int $x;
    public readonly array $a;
    public readonly stdClass $o;
    public int $plain = 1;
    public function __construct() { $this->x = 1; $this->o = new stdClass; }
}
$b = new A;
foreach ([
    'ref initialized' => function () use ($b) { $r = &$b->x; },
    'ref uninitialized' => function () use ($b) { $r = &$b->a; },
    'bind' => function () use ($b) { $v = 2; $b->x = &$v; },
    'foreach by ref' => function () use ($b) { foreach ($b as &$v) {} },
] as $what => $f) {
    try { $f(); echo "$what: ok\n"; } catch (Error $e) { echo "$what: ", $e->getMessage(), "\n"; }
}
$o = &$b->o;
$o->k = 'written through';
echo $b->o->k, "\n";
var_dump($b->x, $b->plain);
