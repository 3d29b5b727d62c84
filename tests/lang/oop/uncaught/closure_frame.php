<?php
$f = function ($x) { throw new Exception("from closure $x"); };
array_map($f, [7]);
