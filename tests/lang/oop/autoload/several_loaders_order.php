<?php
function first($c) { echo "first($c)\n"; }
function second($c) { echo "second($c)\n"; if ($c === 'B') eval('class B {}'); }
function third($c) { echo "third($c)\n"; }
spl_autoload_register('first');
spl_autoload_register('second');
spl_autoload_register('third');
new B;
echo "---\n";
spl_autoload_register(function ($c) { echo "prepended($c)\n"; }, true, true);
class_exists('C');
echo "---\n";
echo count(spl_autoload_functions()), "\n";
spl_autoload_unregister('first');
class_exists('D');
spl_autoload_register('second');
echo count(spl_autoload_functions()), "\n";
