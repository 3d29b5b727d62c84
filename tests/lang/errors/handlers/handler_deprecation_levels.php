<?php
set_error_handler(function ($no, $str) {
    $names = [E_WARNING => 'E_WARNING', E_NOTICE => 'E_NOTICE', E_DEPRECATED => 'E_DEPRECATED',
              E_USER_DEPRECATED => 'E_USER_DEPRECATED', E_USER_NOTICE => 'E_USER_NOTICE'];
    echo $names[$no] ?? $no, ": $str\n";
    return true;
});
echo strlen(null), "\n";
trigger_error("u", E_USER_DEPRECATED);
$s = "abc";
echo $s[10] ?? 'n', "\n";
echo @$s[10], "|\n";
echo $s[10], "|\n";
