<?php
$a = [];
$cur = &$a;
for ($i = 0; $i < 5; $i++) {
    $cur["level$i"] = [];
    $cur = &$cur["level$i"];
}
$cur = "bottom";
unset($cur);
var_dump($a);
$m = [[1, 2], [3, 4], ["a" => [true, false, null, 1.0]]];
var_dump($m);
