<?php
$a = ["banana", "apple", "Cherry", "apple2", "10", "9", "a"];
sort($a);
print_r($a);
sort($a, SORT_STRING);
print_r($a);
sort($a, SORT_STRING | SORT_FLAG_CASE);
print_r($a);
$n = ["img12.png", "img10.png", "img2.png", "img1.png"];
sort($n, SORT_NATURAL);
print_r($n);
rsort($n, SORT_STRING);
print_r($n);
