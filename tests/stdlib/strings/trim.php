<?php
var_dump(trim("  x  "), ltrim("  x  "), rtrim("  x  "));
var_dump(trim("\t\n\r\0\x0Bx\x0B"));
var_dump(trim("xxhixx", "x"));
var_dump(trim("abcHIcba", "a..c"));
var_dump(rtrim("1.5000", "0"), rtrim("path///", "/"));
var_dump(trim(""));
