<?php
interface I {}
abstract class Abs {}
class Priv { private function __construct() {} }
class Prot { protected function __construct() {} }
class NoClone { private function __clone() {} }
class Plain {}
trait T {}
enum E { case A; }
foreach (['I', 'Abs', 'Priv', 'Prot', 'NoClone', 'Plain', 'T', 'E', 'stdClass', 'Closure'] as $n) {
    $r = new ReflectionClass($n);
    echo $n, ": instantiable=", var_export($r->isInstantiable(), true), " cloneable=", var_export($r->isCloneable(), true), "\n";
}
