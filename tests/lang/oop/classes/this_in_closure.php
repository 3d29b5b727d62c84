<?php
class A {
    private $secret = 'hidden';
    public function getter() {
        return function ($suffix) { return $this->secret . $suffix; };
    }
    public function arrow() {
        return fn() => $this->secret . '!';
    }
    public function staticOne() {
        return static function () { return isset($this); };
    }
}
$a = new A;
$f = $a->getter();
echo $f('?'), "\n";
echo ($a->arrow())(), "\n";
var_dump(($a->staticOne())());
$g = function () { return isset($this) ? 'has this' : 'no this'; };
echo $g(), "\n";
