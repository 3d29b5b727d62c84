<?php
function &refgen(array &$arr) {
    foreach ($arr as $k => &$v) {
        yield $k => $v;
    }
}
$data = [1, 2, 3];
foreach (refgen($data) as $k => &$v) {
    $v *= 10;
}
unset($v);
print_r($data);
function &counter() {
    $value = 1;
    while ($value < 5) {
        yield $value;
    }
    echo "value ended at $value\n";
}
foreach (counter() as &$n) {
    echo $n, "\n";
    $n++;
}
