<?php
interface I {}
class A implements I {
    function v(): void {}
    function s(): static { return $this; }
    function ns(): ?self { return null; }
    function u(): int|string|null { return 1; }
    function i(): I&Countable { return $this; }
    function m(): mixed { return 1; }
    function n(): never { exit; }
    function b(): bool|array { return true; }
    function f(): false|int { return 1; }
    function it(): iterable { return []; }
    function none() {}
}
foreach ((new ReflectionClass('A'))->getMethods() as $m) {
    $t = $m->getReturnType();
    echo $m->name, ': ', $t === null ? 'none' : get_class($t) . ' ' . $t . ' nullable=' . var_export($t->allowsNull(), true), "\n";
}
