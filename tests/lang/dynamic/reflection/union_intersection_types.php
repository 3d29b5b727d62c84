<?php
interface A {} interface B {}
class C {
    public int|string|null $u;
    public A&B $i;
    function f(A|B|null $x, (A&B)|null $y, int|false $z) {}
}
function show($t, $indent = '') {
    echo $indent, get_class($t), ' "', $t, '" allowsNull=', var_export($t->allowsNull(), true), "\n";
    if (!$t instanceof ReflectionNamedType) foreach ($t->getTypes() as $s) show($s, $indent . '  ');
}
show((new ReflectionProperty('C', 'u'))->getType());
show((new ReflectionProperty('C', 'i'))->getType());
foreach ((new ReflectionMethod('C', 'f'))->getParameters() as $p) show($p->getType());
