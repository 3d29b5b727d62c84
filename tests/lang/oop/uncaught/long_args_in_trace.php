<?php
class P {}
function f($s, $i, $fl, $b, $n, $arr, $obj) { throw new Exception("trace args"); }
f("a string longer than fifteen chars", 42, 3.0, true, null, [1, 2], new P);
