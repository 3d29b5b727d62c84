<?php
print_r(0.1 + 0.2); echo "\n";
print_r(1e15); echo "\n";
var_export(0.1 + 0.2); echo "\n";
var_export(1e15); echo "\n";
var_export(2.0); echo "\n";
var_export(1/3); echo "\n";
var_export(-0.5); echo "\n";
var_export(1e100); echo "\n";
print_r([1.0, 0.5, 1e25]); 
var_export([1.0, -0.0, 1e25]); echo "\n";
