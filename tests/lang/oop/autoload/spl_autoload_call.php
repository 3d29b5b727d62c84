<?php
spl_autoload_register(function ($c) {
    echo "loader($c)\n";
    if ($c === 'Late') { eval('class Late { public static $s = "static-late"; }'); }
});
spl_autoload_call('Late');
var_dump(class_exists('Late', false));
echo Late::$s, "\n";
spl_autoload_call('Nothing');
echo "no error for missing\n";
var_dump(is_array(spl_autoload_functions()));
