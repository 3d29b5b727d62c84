<?php
#[AllowDynamicProperties]
class Bag { public $declared = 1; }
$b = new Bag;
$b->extra = 2;
$b->{'123'} = 3;
$r = new ReflectionObject($b);
foreach ($r->getProperties() as $p) echo $p->getName(), ' default=', var_export($p->isDefault(), true), "\n";
var_dump($r->hasProperty('extra'), (new ReflectionClass($b))->hasProperty('extra'));
var_dump($r->getProperty('extra')->getValue($b));
var_dump($r->getName(), $r instanceof ReflectionClass);
try { new ReflectionObject('Bag'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
