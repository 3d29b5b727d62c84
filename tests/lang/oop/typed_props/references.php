<?php
class T { public int $i = 1; }
$t = new T;
$r = &$t->i;
$r = "5";
var_dump($t->i);
try { $r = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($t->i);
function setIt(&$v) { $v = 9.0; }
setIt($t->i);
var_dump($t->i);
try { setIt2($t->i); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function setIt2(&$v) { $v = []; }
