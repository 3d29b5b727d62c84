<?php
class Foo { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
function g($n) { $o = new Foo($n); yield $o->n; yield 2; echo "gen end $n\n"; }
foreach (g(1) as $v) echo "v $v\n";
echo "after loop\n";
$gen = g(2); $gen->current();
unset($gen);
echo "after unset\n";
$gen = g(3); $gen->current();
echo "script end\n";
