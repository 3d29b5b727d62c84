<?php
class P { private $hidden; }
class C extends P { public $x; }
$r = new ReflectionClass('C');
var_dump($r->hasProperty('hidden'));
try { $r->getProperty('hidden'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionProperty('C', 'y'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionProperty('Nope', 'y'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
echo (new ReflectionProperty('P', 'hidden'))->class, "\n";
