<?php
$f = tempnam(sys_get_temp_dir(), 'phpgoc_el');
@unlink($f);
var_dump(error_log("first line\n", 3, $f));
var_dump(error_log("second", 3, $f));
echo file_get_contents($f), "|\n";
unlink($f);
var_dump(error_log("to stderr, not stdout"));
var_dump(error_log("x", 3, '/nonexistent/dir/f'));
