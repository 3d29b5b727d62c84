<?php
$a = [3, 1, 2];
function cmp($x, $y) { return $x > $y; }
usort($a, 'cmp');
print_r($a);
