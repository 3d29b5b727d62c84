<?php
foreach ([0.5, 1.5, 2.5, -0.5, 0.125, 1e-7, 123456789.123456789, -0.0, 1/3, 99.995] as $f) {
    printf("%s => [%f] [%.2f] [%.0f] [%e] [%g]\n", var_export($f, true), $f, $f, $f, $f, $f);
}
printf("[%f] [%f] [%f]\n", INF, -INF, NAN);
printf("[%e]\n", INF);
printf("[%d]\n", INF);
