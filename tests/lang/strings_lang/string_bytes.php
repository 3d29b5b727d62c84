<?php
$s = "héllo";
var_dump(strlen($s));
var_dump($s[1], $s[2]);
var_dump(strtoupper($s));
var_dump(str_pad("é", 5, "*"));
var_dump(strlen("\xff\xfe"));
echo "\xe2\x82\xac", "\n";
$bin = "\x00\x01\x02";
var_dump(strlen($bin), $bin === "\0\1\2");
