<?php
var_dump(1 === 1.0);
var_dump("1" === "1");
var_dump(null === null);
var_dump([1, 2] === [1, 2]);
var_dump([1, 2] === [2 => 1]);
var_dump(['a' => 1, 'b' => 2] === ['b' => 2, 'a' => 1]);
var_dump(['a' => 1, 'b' => 2] == ['b' => 2, 'a' => 1]);
var_dump([0 => 1] === ["0" => 1]);
var_dump(1 !== "1");
var_dump(1 != "1");
var_dump(1 <> 2);
