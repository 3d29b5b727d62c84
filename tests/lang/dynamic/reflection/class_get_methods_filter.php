<?php
class A {
    public function pub() {}
    protected function prot() {}
    private function priv() {}
    public static function stat() {}
    final public function fin() {}
}
function names($ms) { return implode(',', array_map(fn($m) => $m->getName(), $ms)); }
$r = new ReflectionClass('A');
echo names($r->getMethods()), "\n";
echo names($r->getMethods(ReflectionMethod::IS_PUBLIC)), "\n";
echo names($r->getMethods(ReflectionMethod::IS_STATIC)), "\n";
echo names($r->getMethods(ReflectionMethod::IS_PRIVATE | ReflectionMethod::IS_PROTECTED)), "\n";
echo names($r->getMethods(ReflectionMethod::IS_FINAL)), "\n";
var_dump(ReflectionMethod::IS_PUBLIC, ReflectionMethod::IS_STATIC, ReflectionMethod::IS_ABSTRACT, ReflectionMethod::IS_FINAL);
