<?php
class A {
    public $p = 1;
    public $arr = ['k' => 1, 'list' => [1, 2]];
    protected $prot = 'x';
    public static $s = 10;
    public function protRef() { return $this->bump($this->prot); }
    private function bump(&$v) { $v .= '!'; return $v; }
    public function getProt() { return $this->prot; }
}
$o = new A;
$r = &$o->p;
$r = 5;
echo $o->p, "\n";
$o->p = 6;
echo $r, "\n";
$o->p++;
$o->p .= 'x';
echo $r, "\n";
unset($r);
$o->p = 'after unset';
echo $o->p, "\n";

$e = &$o->arr['k'];
$e = 'via elem';
$o->arr['list'][] = 3;
print_r($o->arr);
$copy = $o->arr;
$copy['k'] = 'copy writes the shared element';
echo $o->arr['k'], "\n";


$s = &A::$s;
$s = 11;
echo A::$s, "\n";
$x = 'bound';
A::$s = &$x;
$x = 'rebound';
echo A::$s, "\n";

$o->d = 1;
$d = &$o->d;
$d = 2;
echo $o->d, "\n";
$y = 3;
$o->p = &$y;
$y = 4;
echo $o->p, "\n";
var_dump($o);

$n = new stdClass;
$m = &$n->fresh;
var_dump($n);
$m = [1];
$n->fresh[] = 2;
print_r($m);

foreach ($o->arr['list'] as &$v) { $v *= 10; }
unset($v);
print_r($o->arr['list']);

function modify(array &$a) { $a[] = 'fn'; }
modify($o->arr['list']);
echo count($o->arr['list']), "\n";

class T { public ?A $a = null; }
$t = new T;
$ra = &$t->a;
$ra = new A;
echo get_class($t->a), "\n";
