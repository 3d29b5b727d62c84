<?php
echo __LINE__, "\n";
echo __FILE__ === __DIR__ . '/magic_constants.php' ? "file ok" : "file bad", "\n";
echo __DIR__, "\n";
echo __FILE__, "\n";
function fn_name() { return __FUNCTION__; }
echo fn_name(), "\n";
var_dump(__FUNCTION__);
$c = function () { return __FUNCTION__; };
echo $c(), "\n";
echo __LINE__, "\n";
