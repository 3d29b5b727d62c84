<?php
// =& of a call that does not return a reference: php's notice, the variable gets the value
class P {
    public $d = 1;
    function m() { return $this->d; }
    static function s() { return 5; }
}
function f() { return 'f'; }
$p = new P;
$a = &$p->m();
$a = 2;
var_dump($p->d, $a);
$b = &P::s();
var_dump($b);
$c = &f();
var_dump($c);
