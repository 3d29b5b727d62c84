<?php
var_dump(1 <=> 2, 2 <=> 2, 3 <=> 2);
var_dump("a" <=> "b", "b" <=> "a", "abc" <=> "abd");
var_dump("abc" <=> null);
var_dump(null <=> false);
var_dump(null <=> 0);
var_dump(1.5 <=> 1.5);
var_dump([1, 2, 3] <=> [1, 2, 4]);
var_dump([1, 2] <=> [1, 2, 3]);
var_dump("10" <=> "9");
var_dump("10" <=> "9a");
var_dump(true <=> false);
var_dump("abc" <=> 0);
var_dump(0 <=> "abc");
var_dump(-INF <=> INF);
