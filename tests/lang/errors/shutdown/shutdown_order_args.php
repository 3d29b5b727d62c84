<?php
register_shutdown_function(function ($a, $b) { echo "first $a $b\n"; }, 1, "two");
register_shutdown_function('printf', "second %s\n", "via printf");
class S { static function m($x) { echo "third $x\n"; } }
register_shutdown_function(['S', 'm'], 3);
echo "script end\n";
