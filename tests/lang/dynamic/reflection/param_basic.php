<?php
function f($req, &$ref, int $opt = 5, ...$rest) {}
foreach ((new ReflectionFunction('f'))->getParameters() as $p) {
    printf("%d %s optional=%d variadic=%d byref=%d byval=%d default=%d\n", $p->getPosition(), $p->getName(), $p->isOptional(),
        $p->isVariadic(), $p->isPassedByReference(), $p->canBePassedByValue(), $p->isDefaultValueAvailable());
}
echo (new ReflectionParameter('f', 2)), "\n";
echo (new ReflectionParameter('f', 'rest')), "\n";
