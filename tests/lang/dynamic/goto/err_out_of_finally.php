<?php
// php's compile error: nothing runs
echo "not printed";
try {
    echo 1;
} finally {
    goto out;
}
out:
echo 2;
