<?php
function g() {
    yield 0;
    yield from ['a' => 1, 'b' => 2, 10 => 3];
    yield 4;      // auto key of the outer generator: 1 (yield from does not change it)
    yield from [5, 6];
}
foreach (g() as $k => $v) echo var_export($k, true), " => $v\n";
