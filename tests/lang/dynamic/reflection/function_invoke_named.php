<?php
function greet(string $greeting, string $name = 'world', string $punct = '!') { return "$greeting, $name$punct"; }
$f = new ReflectionFunction('greet');
var_dump($f->invokeArgs(['Hello']));
var_dump($f->invokeArgs(['greeting' => 'Hi', 'punct' => '?']));
var_dump($f->invokeArgs(['Hey', 'punct' => '.']));
var_dump($f->invoke('Yo', punct: '...'));
try { $f->invokeArgs(['nope' => 1]); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
