<?php
class Foo { function Bar() {} }
$r = new ReflectionClass('Foo');
var_dump($r->hasMethod('bar'), $r->hasMethod('BAR'), $r->hasMethod('baz'));
echo $r->getMethod('BAR')->getName(), "\n";
try { $r->getMethod('baz'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionMethod('Foo', 'nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionMethod('Nope', 'nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
$m = new ReflectionMethod('Foo::bar');
echo $m->class, '::', $m->name, "\n";
