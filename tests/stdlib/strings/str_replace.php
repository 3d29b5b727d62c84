<?php
var_dump(str_replace("a", "b", "banana"));
var_dump(str_replace("an", "AN", "banana", $count));
var_dump($count);
var_dump(str_replace(["a", "b"], ["1", "2"], "abcab"));
var_dump(str_replace(["a", "b"], "X", "abcab"));
var_dump(str_replace(["a", "b", "c"], ["1"], "abc"));
var_dump(str_replace(["a", "1"], ["1", "2"], "a"));
var_dump(str_replace("x", "y", ["ax", "bx", "k" => "xx"], $n));
var_dump($n);
var_dump(str_replace("", "y", "abc"));
var_dump(str_replace("nothing", "y", "abc", $zero));
var_dump($zero);
var_dump(str_ireplace("A", "z", "aAbB"));
var_dump(str_replace(1, 2, 1213));
