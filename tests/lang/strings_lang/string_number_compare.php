<?php
var_dump("10" == "10.0");
var_dump("10" === "10.0");
var_dump("abc" == 0);
var_dump("0" == 0);
var_dump("" == null);
var_dump("1e3" == 1000);
var_dump("0x10" == 16);
var_dump(" 1" == "1");
var_dump("1 " == "1");
var_dump("+1" == "1");
var_dump("-0" == "0");
var_dump("00" == "0");
var_dump("1e1000" == "1e1001");
var_dump("9223372036854775807" == "9223372036854775808");
var_dump("abc" < "abd", "a" < "B", "10" > "9", "10" > "9a");
