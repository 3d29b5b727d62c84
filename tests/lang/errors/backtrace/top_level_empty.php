<?php
var_dump(debug_backtrace());
debug_print_backtrace();
echo "nothing above\n";
