<?php
$col = 'A';
$out = [];
for ($i = 0; $i < 30; $i++) {
    $out[] = $col++;
}
echo implode(' ', $out), "\n";
for ($c = 'a'; $c != 'aa'; $c++) echo $c;
echo "\n";
$v = 'x8';
for ($i = 0; $i < 4; $i++) echo $v++, " ";
echo "\n";
