<?php
class M {
    private $hidden = 'h';
    public $pub = null;
    public function __isset($n) { echo "__isset($n)\n"; return $n === 'virt' || $n === 'hidden'; }
    public function __unset($n) { echo "__unset($n)\n"; }
    public function __get($n) { echo "__get($n)\n"; return $n === 'virt' ? 'v' : null; }
}
$m = new M;
var_dump(isset($m->virt));
var_dump(isset($m->nope));
var_dump(isset($m->pub));
var_dump(isset($m->hidden));
var_dump(empty($m->virt));
var_dump($m->virt ?? 'dflt');
var_dump($m->nope ?? 'dflt');
unset($m->virt);
unset($m->hidden);
unset($m->pub);
var_dump(isset($m->pub));
echo "after unset of declared prop, __get fires:\n";
var_dump($m->pub);
