<?php
var_dump("5" + "3");
var_dump("1.5" + 1);
var_dump("1e3" + 1);
var_dump(" 12" + 1);
var_dump("12 " + 1);
var_dump(" 12 " * 2);
var_dump("0x1A" + 0);
