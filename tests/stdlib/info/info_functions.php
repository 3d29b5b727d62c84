<?php
// phpversion, php_sapi_name, php_uname, memory usage, getenv/putenv (this run only).
var_dump(phpversion(), phpversion("standard"), phpversion("Core"), phpversion("nope"), php_sapi_name(), php_uname("s"), php_uname() === php_uname("a"), php_uname("n") === gethostname());
var_dump(is_int(memory_get_usage()), memory_get_peak_usage(true) > 0, getenv("NOPE_X_Y"));
var_dump(putenv("FOO_T=bar"), getenv("FOO_T"), getenv()["FOO_T"], putenv("FOO_T"), getenv("FOO_T"), PHP_VERSION === phpversion());
try { putenv("=x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(version_compare(PHP_VERSION, '8.1.0', '>='));
