<?php
// goto forward over code, and backward to build a loop
$i = 0;
again:
$i++;
echo "pass $i\n";
if ($i < 3) goto again;
goto skip;
echo "never printed\n";
skip:
echo "done at $i\n";
function countdown($n) {
    top:
    if ($n <= 0) goto out;
    echo $n, " ";
    $n--;
    goto top;
    out:
    echo "liftoff\n";
}
countdown(4);
