<?php
function t($n) { echo "t$n "; return true; }
function f($n) { echo "f$n "; return false; }
var_dump(t(1) && f(2));
var_dump(f(1) && t(2));
var_dump(t(1) || t(2));
var_dump(f(1) || t(2));
var_dump(!t(1));
var_dump(t(1) xor t(2));
var_dump(f(1) xor t(2));
var_dump(1 && "0");
var_dump("a" || 0);
var_dump(!"");
var_dump(!"0.0");
var_dump(![]);
var_dump(![0]);
