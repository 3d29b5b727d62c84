<?php
// php's compile error: nothing runs
echo "not printed";
goto a;
while (true) {
    a: echo 1;
}
