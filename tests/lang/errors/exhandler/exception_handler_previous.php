<?php
function h1($e) { echo "h1\n"; }
function h2($e) { echo "h2: ", $e->getMessage(), "\n"; }
var_dump(set_exception_handler('h1'));
var_dump(set_exception_handler('h2'));
var_dump(restore_exception_handler());
throw new Exception("goes to h1");
