<?php
echo 1/3, "\n";
echo 0.1 + 0.2, "\n";
var_dump(1/3);
print_r(0.1 + 0.2); echo "\n";
var_export(0.1); echo "\n";
echo ini_get('precision'), "\n";
