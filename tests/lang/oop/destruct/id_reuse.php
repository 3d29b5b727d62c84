<?php
// php reuses the id of a destroyed object, the most recently freed first
class P {}
$a = new P;
$b = new P;
$c = new P;
var_dump(spl_object_id($a), spl_object_id($b), spl_object_id($c));
unset($a);
unset($c);
$d = new P;
$e = new P;
$f = new P;
var_dump(spl_object_id($d), spl_object_id($e), spl_object_id($f));
var_dump(new P);
var_dump(new P);
echo serialize(new P), "\n";
$g = new P;
var_dump(spl_object_id($g));
function make() { $t = new P; return spl_object_id($t); }
var_dump(make(), make());
$h = new stdClass;
$w = WeakReference::create($h);
$m = new WeakMap;
$m[$h] = 1;
var_dump(count($m));
$h = null;
var_dump($w->get(), count($m));
