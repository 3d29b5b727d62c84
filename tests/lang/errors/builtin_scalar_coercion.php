<?php
var_dump(strlen(12345));
var_dump(strlen(1.5));
var_dump(strlen(true));
var_dump(str_repeat("x", "3"));
var_dump(str_repeat(5, 2));
var_dump(abs("-5"));
var_dump(intdiv("7", 2));
