<?php
echo 0.1 + 0.2, "\n";
echo 1/3, "\n";
echo 1e15, "\n";
echo 1e14, "\n";
echo 123456789012345, "\n";
echo 1.5e-7, "\n";
echo 0.0001, "\n";
echo 0.00001, "\n";
echo 2.0, "\n";
echo -1.0, "\n";
echo 1.23456789012345678, "\n";
echo 100.0 * 1.1, "\n";
echo 7.0 / 3, "\n";
echo PHP_INT_MAX + 1, "\n";
echo 3.0e0 * 1e-3, "\n";
echo 1e22, " ", 1e21, " ", 1e20, "\n";
echo 0.30000000000000004, "\n";
