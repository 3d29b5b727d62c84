<?php
$a = [1, [2, 3], [4, [5, 6]]];
var_dump(count($a));
var_dump(count($a, COUNT_RECURSIVE));
var_dump(count($a, COUNT_NORMAL));
var_dump(count([]));
var_dump(count([[]], 1));
var_dump(sizeof([1, 2]));
var_dump(COUNT_RECURSIVE, COUNT_NORMAL);
