<?php
// A class redefining a trait constant with another value: php's composition fatal error.
trait T { public const X = 5; }
class A { use T; public const X = 6; }
echo A::X;
