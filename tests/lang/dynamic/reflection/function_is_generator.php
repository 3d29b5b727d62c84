<?php
function gen() { yield 1; }
function plain() { return [1]; }
class K { function items() { yield from [1, 2]; } }
var_dump((new ReflectionFunction('gen'))->isGenerator(), (new ReflectionFunction('plain'))->isGenerator());
var_dump((new ReflectionMethod('K', 'items'))->isGenerator());
var_dump((new ReflectionFunction(fn() => yield 5))->isGenerator(), (new ReflectionFunction('strlen'))->isGenerator());
