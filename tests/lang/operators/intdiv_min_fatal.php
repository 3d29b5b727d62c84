<?php
echo intdiv(PHP_INT_MIN, 1), "\n";
echo intdiv(PHP_INT_MIN, -1), "\n";
