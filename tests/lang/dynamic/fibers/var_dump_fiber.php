<?php
$fn = function () { Fiber::suspend(); };
$f = new Fiber($fn);
var_dump($f);
$f->start();
var_dump($f);
print_r($f);
echo "\n";
var_dump((array) $f);
