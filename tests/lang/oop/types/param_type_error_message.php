<?php
class A {
    public function m(int $x) { return $x; }
    public static function s(?array $a, string ...$rest) { return 1; }
}
try { (new A)->m("str"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { A::s(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { A::s(null, 'a', []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function g(A $a) {}
try { g(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { g(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$cl = function (int ...$n) {};
try { $cl(1, 2, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
(new A)->m([]);
