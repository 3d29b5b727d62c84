<?php
function kv() {
    yield 'a' => 1;
    yield 5 => 'five';
    yield 'x';            // auto key continues after the largest int key: 6
    yield 2 => 'two';
    yield 'y';            // 7
    yield -10 => 'neg';
    yield 'z';            // 8
}
foreach (kv() as $k => $v) { var_dump($k); echo "  $v\n"; }
