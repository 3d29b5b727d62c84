<?php
// a backtrace taken in a callback shows the library function's frame with its arguments
$data = [3, 1, 2];
usort($data, function ($a, $b) {
    static $once = false;
    if (!$once) { $once = true; debug_print_backtrace(); }
    return $a <=> $b;
});
function tag($v, $k, $prefix) {
    if ($k === 0) debug_print_backtrace();
}
$words = ['x' => 'a'];
$list = ['p', 'q'];
array_walk($list, 'tag', 'pre');
echo preg_replace_callback('/b+/', function ($m) {
    debug_print_backtrace();
    return strtoupper($m[0]);
}, 'abbc'), "\n";
$nested = array_map(function ($row) {
    return array_filter($row, function ($v) {
        if ($v === 2) {
            $t = debug_backtrace();
            echo count($t), " frames: ", $t[1]['function'], " ", count($t[1]['args']), " ", $t[3]['function'], "\n";
        }
        return $v > 1;
    });
}, [[1, 2]]);
echo call_user_func(function ($s) { debug_print_backtrace(); return $s; }, 'direct'), "\n";
class Seq implements IteratorAggregate {
    public function getIterator(): Iterator {
        debug_print_backtrace();
        return new ArrayIterator([1]);
    }
}
print_r(iterator_to_array(new Seq, false));
try {
    array_map(function ($v) { debug_print_backtrace(); throw new LogicException("x"); }, ['thrown']);
} catch (LogicException $e) {
    echo $e->getTraceAsString(), "\n";
}
debug_print_backtrace();
echo str_repeat('-', 3), "\n";
