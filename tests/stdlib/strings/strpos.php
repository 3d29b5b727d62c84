<?php
var_dump(strpos("hello world", "o"));
var_dump(strpos("hello world", "o", 5));
var_dump(strpos("hello world", "o", -3));
var_dump(strpos("hello world", "o", -5));
var_dump(strpos("hello world", "xyz"));
var_dump(strpos("hello", ""));
var_dump(strpos("hello", "", 5));
var_dump(strpos("hello", "h", 0));
var_dump(strpos("abcabc", "abc", 1));
var_dump(strpos("", ""));
var_dump(strpos("aaa", "a", -1));
var_dump(strrpos("hello world", "o"));
var_dump(strrpos("hello world", "o", -5));
var_dump(stripos("HeLLo", "ll"));
var_dump(strpos("12345", 3));
var_dump(strpos("abc", "c") !== false);
var_dump(str_contains("abc", ""), str_starts_with("abc", "ab"), str_ends_with("abc", "bc"));
