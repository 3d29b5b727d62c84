<?php
function inner($x) {
    yield 1;
    throw new LogicException("bad $x");
}
function outer() {
    yield from inner('value');
}
foreach (outer() as $v) {
    echo $v, "\n";
}
