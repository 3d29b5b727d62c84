<?php
$a = [1, 2, 3];
$b = $a;
$b[] = 4;
var_dump(count($a), count($b));
$n = ['inner' => [1, 2]];
$m = $n;
$m['inner'][] = 3;
var_dump($n['inner'], $m['inner']);
function modify($arr) {
    $arr[0] = 'changed';
    return $arr;
}
$orig = ['orig'];
$res = modify($orig);
var_dump($orig[0], $res[0]);
$c = $a;
$c[0] = 'x';
$d = $c;
$d[1] = 'y';
echo implode(',', $a), ' ', implode(',', $c), ' ', implode(',', $d), "\n";
