<?php
class Dep {}
function f(int $a, ?string $b, Dep $c, ?Dep $d, $e, float $f = null, Dep|int $g = 1, array|bool $h = [], mixed $i = null, callable $j = null, iterable $k = []) {}
foreach ((new ReflectionFunction('f'))->getParameters() as $p) {
    $t = $p->getType();
    echo $p->getName(), ': ', $p->hasType() ? get_class($t) . ' "' . $t . '"' : 'untyped', ' allowsNull=', var_export($p->allowsNull(), true);
    if ($t instanceof ReflectionNamedType) echo ' name=', $t->getName(), ' builtin=', var_export($t->isBuiltin(), true);
    echo "\n";
}
