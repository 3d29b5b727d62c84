<?php
var_dump(1 + 2, 1 - 5, 3 * 4, 7 / 2, 6 / 3, 6.0 / 3);
var_dump(1 + 1.0, 2 * 0.5, 10 - 0.5);
var_dump(-7 / 2, 1 / 3, 2 / 3);
var_dump(-(5), -(-5), +"3", -"3.5");
var_dump(1 + 2 * 3 - 4 / 2);
var_dump((1 + 2) * 3);
var_dump(2 ** 3 ** 2);
var_dump(-2 ** 2);
var_dump(7 <=> 3);
