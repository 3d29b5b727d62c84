<?php
// php's Errors for class and method names that are not strings
class A { const C = 1; }
$q = 5;
try { $q::C; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new $q; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$o = new stdClass;
try { $o->$q(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $q::m(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$n = null;
try { $n::C; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $q::$p; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a = [];
try { $o->$a; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $m = 5; A::$m(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $m = [1]; A::$m(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $o->{'a b'} = 1; echo $o->{'a b'}, "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "done\n";
