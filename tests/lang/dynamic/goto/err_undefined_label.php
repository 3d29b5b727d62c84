<?php
// php's compile error: nothing runs
echo "not printed";
echo 1;
goto nowhere;
