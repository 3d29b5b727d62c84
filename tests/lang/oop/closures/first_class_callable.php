<?php
class Str {
    public function __construct(private string $prefix) {}
    public function wrap($s) { return "{$this->prefix}$s"; }
    public static function up($s) { return strtoupper($s); }
    private function priv() { return 'priv'; }
    public function getPriv() { return $this->priv(...); }
}
$o = new Str('> ');
$w = $o->wrap(...);
$u = Str::up(...);
$l = strlen(...);
echo $w('a'), " ", $u('b'), " ", $l('hello'), "\n";
echo get_class($w), "\n";
print_r(array_map($o->wrap(...), ['x', 'y']));
echo $o->getPriv()(), "\n";
$name = 'wrap';
echo $o->$name(...)('dyn'), "\n";
$fn = 'str_repeat';
echo $fn(...)('ab', 2), "\n";
$r = new ReflectionFunction($l);
echo $r->getName(), "\n";
