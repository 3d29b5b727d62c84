<?php
$x = 0;
var_dump(assert($x > 0));
var_dump(assert($x > 0, "described"));
echo "continues\n";
