<?php
enum E { case A; const C = 1; }
class NotEnum {}
$e = new ReflectionEnum('E');
try { $e->getCase('B'); } catch (ReflectionException $x) { echo $x->getMessage(), "\n"; }
try { $e->getCase('C'); } catch (ReflectionException $x) { echo $x->getMessage(), "\n"; }
try { new ReflectionEnum('NotEnum'); } catch (ReflectionException $x) { echo $x->getMessage(), "\n"; }
try { new ReflectionEnum('Missing'); } catch (ReflectionException $x) { echo $x->getMessage(), "\n"; }
$ro = new ReflectionClass(E::A);
var_dump($ro->getName(), $ro->isInstantiable());
