<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
    echo "never ";
}
echo "\n";
$i = 0;
while (true) {
    foreach ([1, 2, 3] as $x) {
        $i++;
        if ($x == 2 && $i > 4) break 2;
        if ($x == 2) continue 2;
        echo "x$x ";
    }
}
echo "\ni=$i\n";
