<?php
namespace Lib;
echo strlen("hello"), "\n";
echo strtoupper("abc"), "\n";
echo implode(",", array_map(fn($x) => $x * 2, [1, 2, 3])), "\n";
$a = [3, 1, 2];
sort($a);
echo implode(",", $a), "\n";
var_dump(is_int(5), count([1, 2]));
