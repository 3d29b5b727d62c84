<?php
function counter($n) {
    for ($i = 1; $i <= $n; $i++) {
        yield $i;
    }
}
foreach (counter(3) as $k => $v) echo "$k => $v\n";
$g = counter(2);
echo get_class($g), "\n";
foreach ($g as $v) echo $v, " ";
echo "\n";
