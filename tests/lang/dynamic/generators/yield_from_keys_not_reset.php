<?php
function inner() { yield 1; yield 2; }
function gen() {
    yield 0;
    yield from inner();
    yield 3;
}
foreach (gen() as $k => $v) echo "$k => $v\n";
print_r(iterator_to_array(gen()));
print_r(iterator_to_array(gen(), false));
