<?php
$s = '';
for ($i = 0; $i < 10000; $i++) {
    $s .= $i % 10;
}
var_dump(strlen($s));
echo substr($s, 0, 12), "\n";
echo substr($s, -5), "\n";
var_dump(strpos($s, "789"));
$t = $s;
$t .= "END";
var_dump(strlen($s), strlen($t), substr($t, -4));
$parts = [];
$u = 'a';
for ($i = 0; $i < 20; $i++) { $u .= $u; }
var_dump(strlen($u));
