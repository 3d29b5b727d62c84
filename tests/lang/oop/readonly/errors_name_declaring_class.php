<?php
class A {
    public readonly int $x;
    public readonly array $a;
    public readonly ?stdClass $o;
    protected readonly string $p;
    function __construct() { $this->x = 1; $this->o = new stdClass; }
    function unsetA() { unset($this->a); echo "unset uninitialized in scope: ok\n"; }
    function initP() { $this->p = 'p'; }
}
class B extends A {
    function initFromChild() { $this->a = []; }
    function unsetFromChild() { unset($this->a); }
}
$b = new B;
$tries = [
    'assign' => fn() => $b->x = 2,
    'compound' => fn() => $b->x += 1,
    'inc' => fn() => $b->x++,
    'unset initialized' => function () use ($b) { unset($b->x); },
    'unset uninitialized outside' => function () use ($b) { unset($b->a); },
    'append' => fn() => $b->a[] = 1,
    'set key' => fn() => $b->a['k'] = 1,
    'init outside' => fn() => $b->a = [],
    'init from child' => fn() => $b->initFromChild(),
    'unset from child' => fn() => $b->unsetFromChild(),
    'replace object' => fn() => $b->o = null,
    'init protected twice' => function () use ($b) { $b->initP(); $b->initP(); },
];
foreach ($tries as $what => $f) {
    try { $f(); echo "$what: ok\n"; } catch (Error $e) { echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n"; }
}
$b->o->p = 5;
echo $b->o->p, "\n";
$b->unsetA();
var_dump($b);
