<?php
echo http_build_query(['a' => 1, 'b' => 'x y', 'c' => [1, 2, 'k' => ['z' => 'w&']], 'd' => null, 'e' => true, 'f' => false, 'g' => 1.5, 'h' => 0.1 + 0.2]), "\n";
echo http_build_query([1, 2, 'x' => 3], 'n_'), "\n";
echo http_build_query([1, [2, 3]], 'p', ';'), "\n";
echo http_build_query(['s' => 'a b~c'], '', '&amp;', PHP_QUERY_RFC3986), "\n";
echo http_build_query(['s' => 'a b~c'], '', null, PHP_QUERY_RFC1738), "\n";
echo http_build_query(['k ey' => 'v', 'é' => 'ü', 'e' => [], 'n' => [[]]]), "\n";
echo var_export(http_build_query([]), true), "\n";
class P { public $a = 1; protected $b = 2; private $c = 3; public $d = [1, 2]; public $o; }
$p = new P;
$p->o = new P;
$p->dyn = 'x';
echo http_build_query($p), "\n";
echo http_build_query(['obj' => $p, 'z' => 1]), "\n";
echo http_build_query(['x' => -0.0, 'y' => 1e100, 'z' => 7E-10]), "\n";
ini_set('arg_separator.output', '|');
echo http_build_query(['a' => 1, 'b' => 2]), "\n";
try { http_build_query('x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { http_build_query(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
