<?php
// one of php's argument errors, uncaught (was one case of a try/catch loop)
echo "before\n";
array_keys("notarray");
echo "not reached\n";
