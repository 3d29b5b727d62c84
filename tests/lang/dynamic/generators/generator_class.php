<?php
function g() { yield 1; }
$gen = g();
var_dump($gen instanceof Generator, $gen instanceof Iterator, $gen instanceof Traversable);
var_dump($gen instanceof IteratorAggregate, is_iterable($gen), is_object($gen), is_callable($gen));
echo get_class($gen), " ", gettype($gen), " ", get_debug_type($gen), "\n";
var_dump(class_implements($gen));
var_dump(get_class_methods('Generator'));
