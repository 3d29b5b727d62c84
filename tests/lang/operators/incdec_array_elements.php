<?php
$a = ['n' => 1];
$a['n']++;
$a['m']++;
var_dump($a);
$c = [];
$c[] = 0;
$c[0]++;
++$c[0];
var_dump($c);
