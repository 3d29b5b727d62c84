<?php
var_dump($undef ?? "default");
$arr = ['a' => null, 'b' => 0, 'n' => ['x' => 1]];
var_dump($arr['a'] ?? "was null");
var_dump($arr['b'] ?? "zero");
var_dump($arr['missing'] ?? "missing");
var_dump($arr['n']['x'] ?? "no");
var_dump($arr['n']['y']['z'] ?? "deep missing");
var_dump($undef['k'] ?? "undef arr");
var_dump(null ?? false ?? 1);
var_dump($undef ?? $undef2 ?? "third");
$s = "str";
var_dump($s[10] ?? "no offset");
var_dump($s[1] ?? "no");
echo "no warnings above\n";
