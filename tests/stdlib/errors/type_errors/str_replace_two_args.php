<?php
// one of php's argument errors, uncaught (was one case of a try/catch loop)
echo "before\n";
str_replace("a", "b");
echo "not reached\n";
