<?php
class T {
    public int $i = 0;
    public string $s = '';
    public array $a = [];
    public ?T $self = null;
    public iterable $it = [];
}
$t = new T;
$cases = [
    fn() => $t->i = "abc",
    fn() => $t->i = [],
    fn() => $t->i = null,
    fn() => $t->s = [],
    fn() => $t->s = new stdClass,
    fn() => $t->a = "str",
    fn() => $t->self = new stdClass,
    fn() => $t->it = 5,
    fn() => $t->i = PHP_INT_MAX + 1,
];
foreach ($cases as $c) {
    try { $c(); echo "ok\n"; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
