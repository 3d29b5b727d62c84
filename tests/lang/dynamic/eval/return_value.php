<?php
var_dump(eval('return 1 + 2;'));
var_dump(eval('$x = 5;'));
var_dump(eval('return;'));
var_dump(eval(''));
var_dump(eval('return [1, "two" => 2];'));
var_dump(eval('if (true) { return "early"; } return "late";'));
$v = eval('?>inline html <?php return strtoupper("after html");');
echo "\n";
var_dump($v);
var_dump(eval('?>only html'));
echo "\n";
function twice($code) { return eval($code) * 2; }
echo twice('return 21;'), "\n";
// the value of eval is an expression
echo eval('return "a";') . eval('return "b";'), "\n";
$arr = [1, 2];
$copy = eval('return $arr;');
$copy[] = 3;
echo count($arr), " ", count($copy), "\n";
// non-string code is converted
var_dump(eval(123 . ';'));
