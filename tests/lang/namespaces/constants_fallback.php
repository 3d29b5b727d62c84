<?php
namespace Cfg;
echo PHP_EOL === "\n" ? "eol\n" : "no\n";
echo E_ALL, " ", PHP_INT_MAX, " ", M_PI > 3 ? "pi" : "", "\n";
define('GLOBAL_ONE', 1);
echo GLOBAL_ONE, "\n";
define('Cfg\GLOBAL_ONE', 'ns');
echo GLOBAL_ONE, " ", \GLOBAL_ONE, "\n";
var_dump(true, FALSE, \null, NULL);
