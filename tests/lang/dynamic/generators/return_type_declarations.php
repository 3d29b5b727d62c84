<?php
function a(): Generator { yield 1; }
function b(): iterable { yield 2; }
function c(): Iterator { yield 3; }
function d(): Traversable { yield 4; }
function e(): mixed { yield 5; }
function f(): ?Generator { yield 6; return 'ret'; }
function h(): Generator|array { yield 7; }
foreach ([a(), b(), c(), d(), e(), f(), h()] as $gen) foreach ($gen as $v) echo $v, " ";
echo "\n";
function take(Generator $g): iterable { return $g; }
foreach (take(a()) as $v) echo $v, "\n";
try { take([1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
