<?php
var_dump(strlen(null));
var_dump(str_repeat(null, 2));
var_dump(strtoupper(null));
var_dump(str_pad("x", 3, null));
echo "done\n";
