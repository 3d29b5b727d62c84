<?php

/**
 * A doc comment that may or may not be kept.
 */
#[Attribute]
class Spanning
{
    public function one()
    {
        return 1;
    }

    #[Deprecated]
    public function two() { return 2; }
}

function free_fn(
    int $a
) {
}

$r = new ReflectionClass('Spanning');
echo basename($r->getFileName()), ' ', $r->getStartLine(), '-', $r->getEndLine(), "\n";
foreach ($r->getMethods() as $m) echo $m->name, ' ', $m->getStartLine(), '-', $m->getEndLine(), ' ', basename($m->getFileName()), "\n";
$f = new ReflectionFunction('free_fn');
echo $f->getStartLine(), '-', $f->getEndLine(), "\n";
$c = function () {
    return 1;
};
$f = new ReflectionFunction($c);
echo $f->getStartLine(), '-', $f->getEndLine(), "\n";
