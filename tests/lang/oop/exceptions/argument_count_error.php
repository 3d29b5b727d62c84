<?php
function two($a, $b) { return $a + $b; }
class K { public function m(int $x, $y) {} public static function s($z) {} }
try { two(1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { (new K)->m(1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { K::s(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new ArrayObject([], 0, 'ArrayIterator', 'extra'); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class C { public function __construct($req) {} }
try { new C; } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump((new ArgumentCountError) instanceof TypeError);
