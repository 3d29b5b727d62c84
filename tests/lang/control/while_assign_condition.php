<?php
$stack = [1, 2, 3, 0, 4];
$i = 0;
while (($v = $stack[$i++]) !== 0) {
    echo $v, " ";
}
echo "\n";
$queue = ['a', 'b', 'c'];
$n = 0;
while ($n < count($queue) && ($item = $queue[$n++])) {
    echo $item;
}
echo "\n";
$x = 10;
while ($x = $x - 3) {
    if ($x < 0) break;
    echo $x, ",";
}
echo "\n";
