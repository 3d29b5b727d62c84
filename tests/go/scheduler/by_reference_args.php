<?php
// By-reference parameters receive references passed as [&$var].
use go\Scheduler;

function fill(&$out, $value)
{
    $out = $value;
}

$a = 'unchanged';
$b = 'unchanged';
go('fill', [&$a, 'set by routine']);
go(function (&$counter) {
    $counter .= ' and appended';
}, [&$a]);
go('fill', [$b, 'lost']);
Scheduler::join();
var_dump($a, $b);
