<?php
print_r(debug_backtrace());
debug_print_backtrace();
echo "nothing above\n";
