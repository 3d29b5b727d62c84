<?php
$a = [];
$a["8"] = 'int 8';
$a["08"] = 'string 08';
$a["-5"] = 'int -5';
$a["-0"] = 'string -0';
$a[true] = 'true->1';
$a[false] = 'false->0';
$a[null] = 'null->empty';
$a["1.5"] = 'string 1.5';
$a[" 9"] = 'string space 9';
$a["9223372036854775808"] = 'too big stays string';
$a["0x1"] = 'hex string';
var_dump($a);
