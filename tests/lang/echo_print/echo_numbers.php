<?php
echo 1, " ", -1, " ", 1.0, " ", 1.50, " ", -0.0, " ", 1e3, " ", 0x10, "\n";
echo PHP_INT_MAX, " ", PHP_INT_MIN, "\n";
echo 10/4, " ", 10/5, " ", 2**0.5, "\n";
echo true, "|", false, "|", null, "|\n";
echo 7 . '', 7.0 . '', "\n";
