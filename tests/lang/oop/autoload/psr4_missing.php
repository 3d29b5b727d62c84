<?php
require __DIR__ . '/inc/psr4.inc';
var_dump(class_exists('App\Nope\Missing'));
var_dump(class_exists('Other\Thing'));
try { new App\Missing(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
new Vendor\Missing();
