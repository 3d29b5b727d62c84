<?php
namespace MyApp;
function Hello() { return "hello"; }
echo hello(), HELLO(), \myapp\hello(), \MYAPP\Hello(), "\n";
var_dump(function_exists('myapp\hello'), function_exists('MYAPP\HELLO'), function_exists('\MyApp\Hello'));
use function MyApp\Hello as Hi;
echo hi(), "\n";
