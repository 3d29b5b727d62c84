<?php
declare(strict_types=1);
var_dump(strlen("abc"));
var_dump(str_repeat("ab", 2));
var_dump(strlen(123));
