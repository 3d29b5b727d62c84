<?php
// php's compile error: nothing runs
echo "not printed";
function f() {
    goto x;
}
x: echo 1;
