<?php
$c = function ($x, &$y) use (&$c) { $y = 'set'; return 1 % 0; };
$v = 1;
$c(10, $v);
