<?php
class B { public $b1 = 'b1'; private $bp = 'bp'; protected $bq = 'bq';
    public function walkB() { foreach ($this as $k => &$v) { $v = "B:$k"; } unset($v); } }
class C extends B {
    public $c1 = 1;
    private $cp = 2;
    public $unset;
    public function walk() { foreach ($this as $k => &$v) { if (is_int($v)) $v += 10; echo "$k "; } echo "\n"; }
    public function dump() { var_dump(get_object_vars($this)); }
}
$c = new C;
unset($c->unset);
$c->dyn = 5;
foreach ($c as $k => &$v) { echo "$k "; if (is_int($v)) $v *= 2; }
echo "\n";
unset($v);
$c->walk();
$c->walkB();
print_r($c);
$arr = ['o' => new C];
foreach ($arr['o'] as $k => &$v) { $v = 'x'; }
unset($v);
echo $arr['o']->c1, "\n";
foreach (new C as $k => $v) { echo "$k=", is_int($v) ? $v : 's', " "; }
echo "\n";
$e = new stdClass;
foreach ($e as &$v) { echo "never\n"; }
echo "done\n";
