<?php
class P { private function __clone() {} }
try { $x = clone new P; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
enum E { case A; }
try { $x = clone E::A; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$n = 5;
$y = clone $n;
