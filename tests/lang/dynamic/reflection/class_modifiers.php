<?php
abstract class A { abstract protected function f(); public static function g() {} final public function h() {} private function i() {} }
final class B {}
readonly class C {}
foreach (['A', 'B', 'C'] as $n) {
    $m = (new ReflectionClass($n))->getModifiers();
    echo $n, ' ', $m, ' ', implode(' ', Reflection::getModifierNames($m)), "\n";
}
foreach ((new ReflectionClass('A'))->getMethods() as $m) {
    echo $m->name, ' ', $m->getModifiers(), ' ', implode(' ', Reflection::getModifierNames($m->getModifiers())), "\n";
}
var_dump(Reflection::getModifierNames(ReflectionProperty::IS_READONLY | ReflectionProperty::IS_PUBLIC | ReflectionProperty::IS_STATIC));
var_dump(ReflectionClass::IS_FINAL, ReflectionClass::IS_EXPLICIT_ABSTRACT, ReflectionClass::IS_READONLY);
