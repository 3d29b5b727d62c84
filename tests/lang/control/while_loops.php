<?php
$i = 0;
while ($i < 5) {
    echo $i++;
}
echo "\n";
$j = 10;
do {
    echo $j, " ";
} while ($j < 5);
echo "\n";
$k = 3;
do echo $k--; while ($k);
echo "\n";
$n = 0;
while (true) {
    if (++$n > 3) break;
    if ($n == 2) continue;
    echo "n=$n\n";
}
while (false);
