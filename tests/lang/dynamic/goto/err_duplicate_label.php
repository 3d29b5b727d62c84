<?php
// php's compile error: nothing runs
echo "not printed";
a: echo 1;

a: echo 2;
