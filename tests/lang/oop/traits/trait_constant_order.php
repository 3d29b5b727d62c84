<?php
// A trait constant the class repeats, reflection order and declaring class, and T::X accessed directly.
trait T { public const X = 5; protected const Y = self::X + 1; }
class A { use T; public const X = 5; function y() { return self::Y . static::Y; } }
class B extends A { }
echo A::X, (new B)->y(), "\n"; var_dump((new ReflectionClassConstant("A", "Y"))->getDeclaringClass()->getName(), array_keys((new ReflectionClass("A"))->getConstants()));
try { echo T::X; } catch (Error $e) { echo $e->getMessage(), "\n"; }
