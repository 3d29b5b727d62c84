<?php
function &g() {
    yield 1 + 1;
    $a = ['k' => 'v'];
    yield $a['k'];
    yield strtoupper('x');
}
foreach (g() as $v) echo $v, "\n";
