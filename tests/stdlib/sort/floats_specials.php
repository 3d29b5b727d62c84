<?php
$a = [1.5, -0.0, 0, INF, -INF, 0.1 + 0.2, 0.3];
sort($a);
var_dump($a);
$b = [3, "3", 3.0];
sort($b);
var_dump($b);
