<?php
$a = null;
$a['x'] = 1;
var_dump($a);
$u['k'][] = 'undef var autovivified';
var_dump($u);
$c = [];
$c['a']['b']['c'] = 'deep';
$c['a']['b']['d'] = 'sibling';
$c['list'][][] = 'nested append';
var_dump($c);
