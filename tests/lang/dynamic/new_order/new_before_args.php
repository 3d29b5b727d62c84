<?php
// `new` fails for an abstract class or an inaccessible constructor before the arguments run;
// arguments that throw leave no destructor to run
class D {
    function __construct($x) { echo "D ctor\n"; }
    function __destruct() { echo "D dtor\n"; }
}
class E { function __destruct() { echo "E dtor\n"; } }
class P {
    private function __construct($x) { echo "P ctor\n"; }
    static function make() { return new P(say("inside")); }
}
class Q extends P {}
abstract class Ab {}
interface I {}
function fail() { throw new Exception("arg failed"); }
function say($s) { echo "say $s\n"; return $s; }

try { $d = new D(fail()); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
try { $d = new E(fail()); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
foreach (['P', 'Q', 'Ab', 'I'] as $cls) {
    try {
        $d = new $cls(say($cls));
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try { $p = new P(say("outside")); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$p = P::make();
var_dump($p instanceof P);
$ok = new D($held = new E);
echo "end\n";
