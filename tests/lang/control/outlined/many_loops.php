<?php
// A body with several loops: each loop is a method of its own; static and global variables,
// destructors, closures and unset in them keep php's behaviour.
class Noisy {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$g = 5;
function several(array $in): array {
    global $g;
    static $calls = 0;
    $calls++;
    $out = [];
    foreach ($in as $k => $v) {
        $out[$k] = $v * $g;
    }
    $i = 0;
    while ($i < 3) {
        $obj = new Noisy("w$i");
        $i++;
    }
    echo "after while\n";
    do {
        $g++;
        static $inner = 0;
        $inner++;
    } while ($g < 8);
    for ($n = 0, $fns = []; $n < 3; $n++) {
        $fns[] = fn($x) => $x + $n;
    }
    unset($obj);
    echo "calls $calls inner $inner g $g\n";
    return [$out, array_map(fn($f) => $f(100), $fns)];
}
print_r(several([1, 2]));
print_r(several([3]));

class Stats {
    private array $values = [];
    public function add(int ...$vs): static {
        foreach ($vs as $v) $this->values[] = $v;
        return $this;
    }
    public function summary(): string {
        $min = PHP_INT_MAX;
        foreach ($this->values as $v) $min = min($min, $v);
        $max = PHP_INT_MIN;
        foreach ($this->values as $v) $max = max($max, $v);
        $pairs = 0;
        foreach ($this->values as $a) {
            foreach ($this->values as $b) {
                if ($a < $b) $pairs++;
            }
        }
        return static::class . " $min..$max pairs=$pairs";
    }
}
echo (new Stats)->add(3, 1, 4, 1, 5)->summary(), "\n";
$f = function () {
    $r = [];
    for ($i = 0; $i < 2; $i++) $r[] = $this->add($i)->summary();
    for ($i = 0; $i < 2; $i++) $r[] = $i;
    return $r;
};
print_r(Closure::bind($f, new Stats, Stats::class)());
echo "end\n";
