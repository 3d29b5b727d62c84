<?php
class A { public $pub = 1; protected $prot = 2; private $priv = 3; }
class B extends A { private $priv = 'B'; public $own = 4; }
$a = (array) new B;
foreach ($a as $k => $v) {
    echo str_replace("\0", '\0', $k), " => ", $v, " (len ", strlen($k), ")\n";
}
var_dump(array_key_exists("\0A\0priv", $a), array_key_exists("\0*\0prot", $a));
ob_start();
var_dump($a);
echo str_replace("\0", '\0', ob_get_clean());
$back = (object) $a;
var_dump(get_class($back));
