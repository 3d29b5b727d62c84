<?php
// one of php's argument errors, uncaught (was one case of a try/catch loop)
echo "before\n";
implode(",", 5);
echo "not reached\n";
