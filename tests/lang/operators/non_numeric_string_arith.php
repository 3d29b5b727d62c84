<?php
var_dump("12abc" + 1);
var_dump("3 apples" * 2);
var_dump("1.5xyz" + 1);
var_dump(" 7 x" - 1);
var_dump("5" * "4 ");
echo "now a non-numeric string:\n";
var_dump("abc" * 1);
echo "not reached\n";
