<?php
// php's compile error: nothing runs
echo "not printed";
goto in;
try {
    echo 1;
} finally {
    in: echo 2;
}
