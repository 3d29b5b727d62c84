<?php
$n = null;
$n++;
var_dump($n);
$n = null;
$n--;
var_dump($n);
$n = null;
var_dump(++$n);
$n = null;
var_dump(--$n);
$u++;
var_dump($u);
$w--;
var_dump($w);
