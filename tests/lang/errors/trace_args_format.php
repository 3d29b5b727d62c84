<?php
function boom($i, $f, $s, $b, $n, $a, $long) {
    return 1 % 0;
}
boom(42, 1.5, "short", true, null, [1, 2], "a string that is definitely longer than fifteen chars");
