<?php
namespace Cb;
function twice($x) { return $x * 2; }
echo implode(",", array_map('Cb\twice', [1, 2])), "\n";
echo call_user_func('\Cb\twice', 5), "\n";
echo call_user_func(__NAMESPACE__ . '\twice', 6), "\n";
$f = 'cb\TWICE';
echo $f(7), "\n";
$g = twice(...);
echo $g(8), "\n";
$h = strrev(...);
echo $h("abc"), "\n";
