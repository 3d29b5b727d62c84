<?php
var_dump(str_repeat("ab", 3));
var_dump(str_repeat("x", 0));
var_dump(str_repeat("", 100));
var_dump(str_repeat("é", 2));
var_dump(str_repeat(7, 3));
var_dump(str_repeat("-=", 10));
