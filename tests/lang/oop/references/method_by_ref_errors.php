<?php
class A {
    protected $prot = 'x';
    public function __construct(&$x = null) { $x = 'ctor'; }
    public function m(&$a, $b = null) { $a = "m($b)"; return $a; }
    public static function s(&$a) { $a = 's'; }
    public function protRef() { return $this->bump($this->prot); }
    private function bump(&$v) { $v .= '!'; return $v; }
    public function getProt() { return $this->prot; }
    public function __call($n, $args) { $args[0] = 'magic'; return $n; }
}
function f() { return 'f'; }
$o = new A;
try { $o->m(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $o->m($x, 2 + 3); echo "$x\n"; $o->m(strtoupper('t'), 'after'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo $o->m(f(), 'call'), "\n";
try { A::s('lit'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new A(42); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo $o->protRef(), " ", $o->getProt(), "\n";
$v = 'unchanged';
echo $o->undefinedMethod($v), " $v\n";
function named() {
    $o = new A;
    $o->m(b: 'named', a: $r);
    echo "$r\n";
    $args = ['b' => 'spread'];
    $o->m($s, ...$args);
    echo "$s\n";
    new A(x: $c);
    echo "$c\n";
}
named();
$o->m($this_is_global);
echo $this_is_global, "\n";
echo $o?->m($ns), " $ns\n";
$o->m(1, $late = 'never assigned');
