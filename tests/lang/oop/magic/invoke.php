<?php
class Adder {
    public function __construct(private int $n) {}
    public function __invoke(int $x): int { return $x + $this->n; }
}
$add5 = new Adder(5);
echo $add5(10), "\n";
var_dump(is_callable($add5), is_callable(new stdClass));
print_r(array_map($add5, [1, 2, 3]));
echo call_user_func($add5, 100), "\n";
echo call_user_func_array($add5, [1000]), "\n";
function apply(callable $f, $v) { return $f($v); }
echo apply($add5, 1), "\n";
$c = Closure::fromCallable($add5);
echo get_class($c), " ", $c(2), "\n";
try { $o = new stdClass; $o(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
