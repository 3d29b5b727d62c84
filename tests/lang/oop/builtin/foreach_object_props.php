<?php
class P {
    public $a = 1;
    protected $b = 2;
    private $c = 3;
    public $arr = [1];
    public function inside() { foreach ($this as $k => $v) echo "$k "; echo "\n"; }
}
$p = new P;
$p->dyn = 'd';
foreach ($p as $k => $v) echo "$k ";
echo "\n";
$p->inside();
foreach ($p as $k => &$v) { if (is_int($v)) $v *= 100; }
unset($v);
echo $p->a, "\n";
