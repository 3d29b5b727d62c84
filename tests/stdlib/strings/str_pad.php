<?php
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT));
var_dump(str_pad("abc", 10));
var_dump(str_pad("abc", 10, "-=", STR_PAD_RIGHT));
var_dump(str_pad("abc", 10, "-=", STR_PAD_LEFT));
var_dump(str_pad("abc", 10, "-=", STR_PAD_BOTH));
var_dump(str_pad("abc", 8, "*", STR_PAD_BOTH));
var_dump(str_pad("abc", 2));
var_dump(str_pad("abc", -5));
var_dump(str_pad("abc", 3, "x"));
var_dump(str_pad("", 4, "ab"));
var_dump(str_pad(42, 6, 0, STR_PAD_LEFT));
var_dump(STR_PAD_LEFT, STR_PAD_RIGHT, STR_PAD_BOTH);
