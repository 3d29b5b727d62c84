<?php
$h = "\xf9\xec\xe5\xed"; // shalom in ISO-8859-8
$cases = ["", "abc", $h, "$h abc", "abc $h", "abc, $h (x) [y] {z} <w> a/b a\\b!", "$h (1) $h.", "line1\n$h\nline3 $h end",
    "$h $h $h $h $h $h $h $h", "a-b/c $h- x/", "  $h  ", "\n\n$h\r\n", str_repeat("word ", 12) . $h, "$h\t$h"];
foreach ($cases as $c) {
    echo bin2hex(hebrev($c)), "\n", bin2hex(hebrev($c, 5)), "\n", bin2hex(hebrev($c, 1)), "\n", bin2hex(hebrev($c, -1)), "\n", bin2hex(hebrev($c, 12)), "\n";
}
