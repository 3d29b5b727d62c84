<?php
interface Animal {}
class Dog implements Animal {}
class Puppy extends Dog {}
class Cat implements Animal {}
function pet(Dog $d) { return get_class($d); }
function any(Animal $a) { return get_class($a); }
echo pet(new Puppy), " ", any(new Cat), "\n";
try { pet(new Cat); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function nullable(?Dog $d = null) { return $d ? 'dog' : 'none'; }
echo nullable(), " ", nullable(null), " ", nullable(new Dog), "\n";
function implicitNull(Dog $d = null) { return $d === null ? 'implicit null' : 'dog'; }
echo implicitNull(null), "\n";
function unknownType(Nonexistent $x) {}
try { unknownType(new Dog); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
