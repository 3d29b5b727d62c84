<?php
$f = new Fiber(function (array $a) {
    $a[] = 'fiber';
    $b = Fiber::suspend($a);
    $b[] = 'fiber2';
    return $b;
});
$arr = ['main'];
$got = $f->start($arr);
$got[] = 'main2';
$ret = $f->resume($got);
print_r($arr);
print_r($got);
print_r($ret);
