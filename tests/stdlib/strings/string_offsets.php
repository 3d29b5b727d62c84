<?php
$s = "hello";
var_dump($s[0], $s[-1], $s[4]);
var_dump("abc"[1]);
$s[0] = "J";
var_dump($s);
$s[7] = "!";
var_dump($s);
$t = "abc";
var_dump(isset($t[2]), isset($t[3]), isset($t[-3]), isset($t[-4]));
