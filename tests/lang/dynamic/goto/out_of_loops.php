<?php
// goto leaves nested loops, a foreach and a switch
for ($i = 0; $i < 5; $i++) {
    for ($j = 0; $j < 5; $j++) {
        if ($i * $j == 6) goto found;
    }
}
found:
echo "i=$i j=$j\n";
foreach (['a' => 1, 'b' => 2, 'c' => 3] as $k => $v) {
    if ($v == 2) goto after_foreach;
}
after_foreach:
echo "stopped at $k\n";
$n = 0;
loop:
switch ($n++) {
    case 0:
    case 1:
        echo "case $n\n";
        goto loop;
    default:
        echo "default $n\n";
}
$arr = [1, 2, 3];
foreach ($arr as &$r) {
    $r *= 2;
    if ($r == 4) goto byref_out;
}
byref_out:
unset($r);
var_dump($arr);
