<?php
// fractional float to int parameter: deprecation, then still runs
var_dump(intdiv(7.5, 2));
var_dump(str_repeat("ab", 2.0));
