<?php
echo "start\n";
var_dump(strpos("abc", "a", 10));
