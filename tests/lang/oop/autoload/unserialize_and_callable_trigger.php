<?php
spl_autoload_register(function ($c) { echo "autoload($c)\n"; });
$o = unserialize('O:7:"Missing":1:{s:1:"a";i:1;}');
echo get_class($o), "\n";
var_dump($o);
var_dump(is_callable('Ghost::method'));
var_dump(is_callable(['Ghost2', 'method']));
var_dump(defined('Ghost3::CONST'));
