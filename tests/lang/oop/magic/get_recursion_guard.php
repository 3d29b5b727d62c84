<?php
class G {
    public function __get($n) {
        echo "__get($n)\n";
        return $this->$n;
    }
    public function __set($n, $v) {
        echo "__set($n)\n";
        $this->$n = $v;
    }
}
$g = new G;
var_dump($g->foo);
$g->bar = 1;
var_dump($g->bar);
var_dump($g);
