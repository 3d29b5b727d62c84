<?php
class D {
    public function m(int $a, ?string $b = null, int ...$rest) {
        return "$a|" . var_export($b, true) . "|" . implode(',', $rest);
    }
    public function named(int $x = 1, int $y = 2, int $z = 3) { return "$x$y$z"; }
}
$d = new D;
echo $d->m(1), "\n", $d->m(1, 'b', 3, 4), "\n";
echo $d->named(z: 9), " ", $d->named(5, z: 0), "\n";
try { $d->named(q: 1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $d->named(1, x: 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
