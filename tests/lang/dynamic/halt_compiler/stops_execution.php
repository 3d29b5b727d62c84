<?php
// nothing after __halt_compiler() is parsed or run, even an unfinished statement
function f() { return "defined before the halt"; }
echo f(), "\n";
echo "before\n";
__halt_compiler() ?>
echo "after"; this is not ( valid php
