<?php
var_dump([1, 2] == [1, 2]);
var_dump([1, 2] == [2, 1]);
var_dump(["1"] == [1]);
var_dump(["a" => 1] == ["b" => 1]);
var_dump(["a" => 1, "b" => 2] < ["a" => 1, "c" => 2]);
var_dump(["a" => 1, "c" => 2] > ["a" => 1, "b" => 2]);
var_dump([[1]] == [["1"]]);
var_dump([] == []);
var_dump([] === []);
var_dump([null] == [false]);
var_dump([1, 2] <=> [1]);
