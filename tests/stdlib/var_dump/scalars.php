<?php
var_dump(null);
var_dump(true, false);
var_dump(0, 1, -1, 42, PHP_INT_MAX, PHP_INT_MIN);
var_dump("", "a", "hello world", "0", "with\nnewline");
var_dump("é");
var_dump("\0nul\0");
