<?php
class Svc {
    public function run($x) { return self::helper($x, 'two'); }
    public static function helper($a, $b) { return (function () { throw new Exception("deep"); })(); }
}
function outer() { return (new Svc)->run(1.5); }
try {
    outer();
} catch (Exception $e) {
    $t = $e->getTrace();
    echo count($t), "\n";
    foreach ($t as $i => $f) {
        echo $i, ": ", $f['class'] ?? '-', " ", $f['type'] ?? '-', " ", $f['function'], " args=", count($f['args'] ?? []), "\n";
    }
    echo $e->getTraceAsString(), "\n";
}
