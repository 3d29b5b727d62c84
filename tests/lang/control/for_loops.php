<?php
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 3) {
    echo "$i,$j ";
}
echo "\n";
$k = 0;
for (;;) {
    if ($k++ >= 3) break;
    echo $k;
}
echo "\n";
for ($i = 0; $i < 3; print "i=$i\n", $i++);
for ($x = 0, $y = 0; $x < 5, $y < 2; $x++, $y++) {
    echo "x$x y$y\n";
}
for ($i = 10; $i > 0; $i -= 4) echo $i, " ";
echo "\n";
var_dump($i);
