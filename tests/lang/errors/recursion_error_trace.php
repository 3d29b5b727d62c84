<?php
function down($n) {
    if ($n == 0) {
        return 10 % $n;
    }
    return down($n - 1);
}
down(3);
