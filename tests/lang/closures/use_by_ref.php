<?php
$total = 0;
$add = function ($n) use (&$total) { $total += $n; };
$add(5);
$add(10);
var_dump($total);
$list = [];
$push = function ($v) use (&$list) { $list[] = $v; };
$push('a'); $push('b');
var_dump($list);
$fresh = function () use (&$created) { $created = 'now exists'; };
$fresh();
var_dump($created);
$total = 100;
$add(1);
var_dump($total);
