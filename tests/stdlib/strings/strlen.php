<?php
var_dump(strlen(""));
var_dump(strlen("abc"));
var_dump(strlen("é"));
var_dump(strlen("日本"));
var_dump(strlen("a\0b"));
var_dump(strlen(12345));
var_dump(strlen(1.5));
var_dump(strlen(true), strlen(false));
var_dump(strlen(str_repeat("x", 1000)));
