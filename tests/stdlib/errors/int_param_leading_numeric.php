<?php
var_dump(str_repeat("ab", "2x"));
echo "after\n";
