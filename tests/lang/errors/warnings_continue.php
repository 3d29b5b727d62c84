<?php
$a = [];
echo $a['x'] ?? '', $undefined, "\n";
$s = "abc";
echo $s[5], "\n";
echo [1] == [1] ? "eq" : "ne", "\n";
echo "still here\n";
