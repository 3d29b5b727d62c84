<?php
// one of php's argument errors, uncaught (was one case of a try/catch loop)
echo "before\n";
intdiv("a", 1);
echo "not reached\n";
