<?php
$r = array_map(fn($x) => $x * 2, [1, 2]);
usort($r, function ($a, $b) { return $b <=> $a; });
echo (function () { return 'iife'; })(), "\n";
echo call_user_func(fn() => 'cuf'), "\n";
var_dump(new stdClass);
$keep = fn() => 1;
var_dump(new stdClass, $keep);
spl_autoload_register(function ($c) {});
var_dump(new stdClass);
