<?php
// Chan objects created with the same live name are the same channel (the first creation's capacity
// and copy flag win); other names are other channels.
use go\Chan;

$a = new Chan(['name' => 'jobs', 'capacity' => 2]);
$b = new Chan(['name' => 'jobs', 'capacity' => 5]);
$c = new Chan(['name' => 'other', 'capacity' => 2]);
$a->push('one');
$a->push('two');
echo "b sees ", $b->len(), " values, capacity ", $b->capacity, " cap() ", $b->cap(), "\n";
echo "b pops ", $b->pop(), "\n";
echo "c sees ", $c->len(), " values\n";
$b->close();
var_dump($a->isClosed(), $c->isClosed());
var_dump($a->name, $c->name, (new Chan(1))->name);
