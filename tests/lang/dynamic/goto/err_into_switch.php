<?php
// php's compile error: nothing runs
echo "not printed";
switch (1) {
    case 1:
        x: echo 1;
}
goto x;
