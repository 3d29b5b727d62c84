<?php
class Obs { public function __construct(public string $n) {} }
$s = new SplObjectStorage;
$a = new Obs('a'); $b = new Obs('b');
$s->attach($a);
$s->attach($b, ['meta' => 1]);
$s->attach($a);
echo count($s), "\n";
var_dump($s->contains($a), $s->contains(new Obs('a')));
var_dump($s[$b]);
$s[$a] = 'data-a';
foreach ($s as $i => $o) { echo $i, " ", $o->n, " ", json_encode($s[$o]), "\n"; }
$s->detach($a);
echo count($s), "\n";
var_dump(isset($s[$b]), isset($s[$a]));
try { $s[$a]; } catch (UnexpectedValueException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
