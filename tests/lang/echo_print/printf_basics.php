<?php
printf("%d %s %05.2f %x %o %b %e|\n", 42, "str", 3.14159, 255, 8, 5, 1234.5);
printf("[%5s][%-5s][%'*8s][%u]\n", "ab", "ab", "pad", 3);
$n = printf("len\n");
var_dump($n);
echo sprintf("%03d|%+d|%+d|%c|%%|%.3e", 7, 5, -5, 65, 0.000123), "\n";
echo sprintf('%2$s %1$s', 'world', 'hello'), "\n";
echo sprintf("%.2f %.0f %.1f", 1.005, 2.5, -0.05), "\n";
echo sprintf("%s %s %s", true, null, 1.0), "\n";
echo sprintf("%d", "12abc"), " ", sprintf("%d", 3.99), "\n";
