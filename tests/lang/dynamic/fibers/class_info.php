<?php
$r = new Fiber(function () {});
var_dump($r instanceof Fiber);
var_dump(get_parent_class('FiberError'));
var_dump(is_subclass_of('FiberError', 'Error'));
var_dump(method_exists('Fiber', 'suspend'), method_exists('Fiber', '__destruct'));
var_dump(class_exists('Fiber'));
try {
    $c = clone $r;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
