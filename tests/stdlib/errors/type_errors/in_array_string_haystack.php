<?php
// one of php's argument errors, uncaught (was one case of a try/catch loop)
echo "before\n";
in_array(1, "x");
echo "not reached\n";
