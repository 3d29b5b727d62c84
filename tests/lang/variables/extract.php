<?php
function basic() {
    $a = 'old';
    $n = extract(['a' => 1, 'b' => [2, 3], 'c' => null, '1x' => 'bad', 5 => 'int', '' => 'empty']);
    var_dump($n, $a, $b, $c);
    print_r(get_defined_vars());
}
basic();

function copies() {
    $src = ['v' => [1]];
    extract($src);
    $v[] = 2;
    var_dump($src, $v);
}
copies();

function refs() {
    $src = ['r' => 1, 's' => 2];
    $s = 'before';
    var_dump(extract($src, EXTR_REFS));
    $r = 10;
    $src['s'] = 20;
    var_dump($src, $r, $s);
    $a = 'x';
    $ref = &$a;
    extract(['a' => 'y']);
    var_dump($ref);
}
refs();

function thisName() {
    try {
        echo extract(['p' => 1, 'this' => 2, 'q' => 3]), "\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    var_dump(isset($p), isset($q));
}
thisName();

class Holder {
    public $id = 7;
    function m() {
        var_dump(extract(['local' => 'l', 'this' => 'no'], EXTR_SKIP));
        var_dump($local, $this->id);
    }
}
(new Holder)->m();

$top = 'g';
var_dump(extract(['top' => 'G', 'fresh' => 'new']));
var_dump($top, $fresh);

$fn = function () { extract(['inner' => 1]); return $inner; };
var_dump($fn());
$arrow = fn($x) => extract(['x' => $x * 2]) + $x;
var_dump($arrow(5));

try {
    extract('no');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
