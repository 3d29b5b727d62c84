<?php
namespace Outer\Inner;
define('Outer\Inner\DEFINED', 'def');
define('GLOBAL_DEF', 'gdef');
echo DEFINED, " ", GLOBAL_DEF, " ", \GLOBAL_DEF, "\n";
echo namespace\DEFINED, "\n";
function f() { return __FUNCTION__; }
echo namespace\f(), "\n";
class K { const C = __NAMESPACE__ . '\K'; }
echo namespace\K::C, " ", K::class, "\n";
var_dump(defined('\Outer\Inner\DEFINED'), defined('Outer\Inner\DEFINED'));
echo constant('Outer\Inner\K::C'), "\n";
