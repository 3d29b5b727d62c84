<?php
interface Greeter { function greet(): string; }
$o = new class('world') implements Greeter {
    public function __construct(private string $who) {}
    public function greet(): string { return "hello {$this->who}"; }
};
echo $o->greet(), "\n";
var_dump($o instanceof Greeter);
echo str_contains(get_class($o), 'class@anonymous') ? "anon\n" : "named\n";
$p = new class extends ArrayObject {};
var_dump($p instanceof ArrayObject);
echo get_parent_class($p), "\n";
function make() { return new class { public $n = 0; }; }
var_dump(get_class(make()) === get_class(make()));
$r = new ReflectionClass($o);
var_dump($r->isAnonymous());
