<?php
// =& of a library function's result is a compile error
echo "not printed\n";
$x = &strlen("abc");
