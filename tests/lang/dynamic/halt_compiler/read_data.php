<?php
// __COMPILER_HALT_OFFSET__ is the byte offset after __halt_compiler(); the data is read from __FILE__
echo "code runs\n";
var_dump(__COMPILER_HALT_OFFSET__);
$f = fopen(__FILE__, 'r');
fseek($f, __COMPILER_HALT_OFFSET__);
var_dump(fread($f, 1000));
fclose($f);
echo strtoupper(substr(file_get_contents(__FILE__), __COMPILER_HALT_OFFSET__, 9)), "\n";
function offsetInFunction() { return __COMPILER_HALT_OFFSET__; }
var_dump(offsetInFunction() === __COMPILER_HALT_OFFSET__);
__halt_compiler();raw data: not PHP
<?php echo "never run"; ?>
last line
