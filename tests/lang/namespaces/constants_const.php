<?php
namespace Cfg;
const A = 1, B = A + 1;
const NAME = __NAMESPACE__ . "!";
echo A, B, " ", NAME, "\n";
echo \Cfg\A, " ", namespace\B, "\n";
var_dump(defined('Cfg\A'), defined('cfg\A'), defined('Cfg\a'), defined('A'));
var_dump(constant('CFG\B'));
