<?php
class Base { private $p = 'base-private'; protected $q = 'prot'; }
class Kid extends Base { private $p = 'kid-private'; public $r = 'pub'; public ?int $t; public readonly int $ro; }
$k = new Kid;
var_dump($k);
print_r($k);
echo "\n";
var_export($k);
echo "\n";
echo "ok\n";
