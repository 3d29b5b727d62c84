<?php
$x ??= 5;
var_dump($x);
$x ??= 10;
var_dump($x);
$a = [];
$a['k'] ??= 'first';
$a['k'] ??= 'second';
$a['n']['m'] ??= 1;
var_dump($a);
$z = null;
$z ??= "was null";
var_dump($z);
function side() { echo "side effect\n"; return 1; }
$y = 0;
$y ??= side();
var_dump($y);
