<?php
abstract class A {
    public function pub() {}
    protected function prot() {}
    private function priv() {}
    public static function stat() {}
    final public function fin() {}
    abstract public function abs();
    public function __construct() {}
    public function __destruct() {}
}
foreach ((new ReflectionClass('A'))->getMethods() as $m) {
    printf("%-12s public=%d protected=%d private=%d static=%d final=%d abstract=%d ctor=%d dtor=%d\n", $m->getName(),
        $m->isPublic(), $m->isProtected(), $m->isPrivate(), $m->isStatic(), $m->isFinal(), $m->isAbstract(),
        $m->isConstructor(), $m->isDestructor());
}
interface I { function f(); }
$m = new ReflectionMethod('I', 'f');
var_dump($m->isAbstract(), $m->getModifiers());
