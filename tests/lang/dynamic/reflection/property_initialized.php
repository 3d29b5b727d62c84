<?php
class Lazy {
    public int $typed;
    public ?int $nullable = null;
    public $untyped;
    public static int $st;
}
$o = new Lazy;
foreach (['typed', 'nullable', 'untyped'] as $n) {
    echo $n, ' ', var_export((new ReflectionProperty('Lazy', $n))->isInitialized($o), true), "\n";
}
$o->typed = 1;
var_dump((new ReflectionProperty('Lazy', 'typed'))->isInitialized($o));
unset($o->typed);
var_dump((new ReflectionProperty('Lazy', 'typed'))->isInitialized($o));
var_dump((new ReflectionProperty('Lazy', 'st'))->isInitialized());
try { (new ReflectionProperty('Lazy', 'typed'))->getValue($o); } catch (Error $e) { echo $e->getMessage(), "\n"; }
