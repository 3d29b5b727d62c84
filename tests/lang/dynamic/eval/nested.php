<?php
echo __FILE__ === $_SERVER['SCRIPT_FILENAME'] ? "main file\n" : "other\n";
eval('echo __FILE__, " ", __LINE__, "\n";');
eval("\n\necho __LINE__, ' ', basename(__DIR__), '\n';");
$r = eval('return eval("return __FILE__ . \" line \" . __LINE__;");');
echo $r, "\n";
$depth = 0;
$code = '$depth++; if ($depth < 3) eval($code); else echo "depth ", $depth, " in ", __FILE__, "\n";';
eval($code);
// warnings from eval'd code name it as php does
eval('echo $undefined;');
eval("\n" . '$arr = []; echo $arr["missing"];');
eval('eval(\'echo intdiv(1, 1), $nope, "\n";\');');
// function names inside eval'd code
eval('function fromEval() { return __FUNCTION__ . " in " . basename(__FILE__); }');
echo fromEval(), "\n";
function outer() { eval('echo __FUNCTION__ === "" ? "no function name\n" : __FUNCTION__;'); }
outer();
