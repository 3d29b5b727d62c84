<?php
class A { public $x = 1; protected $y = 2; private $z = 3; }
$o = new A;
var_dump((int) $o, (float) $o, intval($o), floatval($o), intval($o, 16));
$v = new A; settype($v, "int"); var_dump($v);
$v = new A; settype($v, "float"); var_dump($v);
$v = new A; settype($v, "array"); var_dump(array_map(fn($k) => str_replace("\0", '\0', $k), array_keys($v)));
$v = [1, "k" => 2]; settype($v, "object"); print_r($v);
$v = null; settype($v, "object"); print_r($v);
$v = "s"; settype($v, "object"); print_r($v);
try { $v = 1; settype($v, "bogus"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump($o == 1, $o == 1.0, 1 < $o);
$a = new stdClass; $a->next = new stdClass; $a->next->back = $a;
$b = new stdClass; $b->next = new stdClass; $b->next->back = $b;
var_dump($a == $a, $a != new stdClass);
var_dump($a == $b);
echo "not reached\n";
