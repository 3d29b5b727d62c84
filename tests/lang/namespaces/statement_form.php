<?php
namespace App\Util;

function greet($n) { return "hi $n"; }
echo greet("a"), "\n";
echo \App\Util\greet("b"), "\n";
echo namespace\greet("c"), "\n";
echo __NAMESPACE__, "\n";
echo __FUNCTION__, "|\n";
