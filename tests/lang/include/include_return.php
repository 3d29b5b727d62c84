<?php
$cfg = include 'inc/returns.inc';
var_dump($cfg);
$r = require 'inc/noreturn.inc';
var_dump($r);
var_dump($x);
var_dump((include 'inc/returns.inc')['n']);
$e = include 'inc/early_return.inc';
var_dump($e);
