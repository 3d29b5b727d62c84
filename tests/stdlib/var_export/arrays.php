<?php
var_export([]); echo "\n";
var_export([1, 2, 3]); echo "\n";
var_export(["a" => 1, "b" => "two"]); echo "\n";
var_export([1, [2, [3, []]], "k" => ["x" => null, "y" => 1.0]]); echo "\n";
var_export([5 => "five", -1 => "neg", "str" => false]); echo "\n";
var_export(["it's" => "o'clock"]); echo "\n";
