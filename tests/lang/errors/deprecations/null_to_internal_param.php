<?php
echo strlen(null), "\n";
echo str_repeat(null, 2), "|\n";
echo strtoupper(null), "|\n";
var_dump(str_contains("abc", null));
echo htmlspecialchars_decode_exists(), "\n";
function htmlspecialchars_decode_exists() { return "user fn ok"; }
var_dump(trim(null));
var_dump(abs(null));
var_dump(round(null));
var_dump(explode(",", null));
