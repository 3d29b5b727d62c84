<?php
class Acc {
    public $total = 0;
    public function add($v, $k) { $this->total += $v; echo "add $k\n"; }
    public static function double(&$v, $k) { $v *= 2; }
}
$data = ['a' => 1, 'b' => 2, 'c' => 3];
$acc = new Acc;
array_walk($data, [$acc, 'add']);
echo $acc->total, "\n";
array_walk($data, 'Acc::double');
print_r($data);
$nested = ['x' => [1, 2], 'y' => [3]];
array_walk_recursive($nested, [Acc::class, 'double']);
echo json_encode($nested), "\n";
echo array_sum(array_map([$acc, 'add'], [10, 20], ['p', 'q']) ?: [0]), "\n";
echo $acc->total, "\n";
print_r(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY));
print_r(array_filter([1, 2, 3, 4], fn($v, $k) => $v % 2 && $k, ARRAY_FILTER_USE_BOTH));
