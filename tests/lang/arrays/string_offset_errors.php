<?php
$s = "abc";
var_dump($s[1.7]);
var_dump($s[true]);
var_dump($s["x"] ?? "coalesced");
echo $s["1x"], "\n";
echo "end\n";
echo $s["x"];
