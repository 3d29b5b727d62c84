<?php
function g($n) {
    $s = '';
    $f = 0.5;
    $arr = [];
    $obj = new stdClass;
    $obj->count = 0;
    for ($i = 0; $i < $n; $i++) {
        $s .= chr(65 + $i);
        $f *= 2;
        $arr[] = $i * $i;
        $obj->count++;
        $sent = yield $i => [$s, $f, count($arr)];
        if ($sent) $arr[] = $sent;
    }
    return [$s, $f, $arr, $obj->count];
}
$gen = g(4);
foreach ($gen as $k => $v) echo $k, ': ', json_encode($v), "\n";
echo json_encode($gen->getReturn()), "\n";
$gen = g(3);
$gen->current();
echo json_encode($gen->send('x')), "\n";
echo json_encode($gen->send('y')), "\n";
