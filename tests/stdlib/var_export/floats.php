<?php
var_export(1.0); echo "\n";
var_export(0.1); echo "\n";
var_export(0.1 + 0.2); echo "\n";
var_export(-0.0); echo "\n";
var_export(0.0); echo "\n";
var_export(1e100); echo "\n";
var_export(1.5e-10); echo "\n";
var_export(100.0); echo "\n";
var_export(1/3); echo "\n";
var_export(123456789012345678.0); echo "\n";
var_export(NAN); echo "\n";
var_export(INF); echo "\n";
var_export(-INF); echo "\n";
var_export(1e15); echo "\n";
