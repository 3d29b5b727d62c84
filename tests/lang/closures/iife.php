<?php
$r = (function () { return "immediately"; })();
echo $r, "\n";
echo (fn($x) => $x * $x)(7), "\n";
(function ($msg) { echo "msg: $msg\n"; })("hi");
$v = 'outer';
(function () use ($v) { echo "captured $v\n"; })();
