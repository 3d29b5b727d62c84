<?php
$x = 5;
$f = fn($y) => eval('return $y * 2 + (isset($x) ? 100 : 0);');
echo $f(4), "\n";
$g = fn($y) => eval('return $y + $x;') + $x * 0;
echo $g(1), "\n";
$h = function () { static $n = 0; $n++; return eval('return $n;'); };
echo $h(), $h(), "\n";
// by-reference captures seen and changed through eval
$total = 0;
$add = function ($n) use (&$total) { eval('$total += $n;'); };
$add(3); $add(4);
echo $total, "\n";
// a closure made by eval'd code captures the caller's variables
$base = 10;
$mk = eval('return function ($n) use ($base) { return $base + $n; };');
$base = 0;
echo $mk(5), "\n";
