<?php
$data = [
    "name" => "phpgoc",
    "tags" => ["compiler", "jvm"],
    "meta" => ["version" => 1, "flags" => ["a" => true, "b" => false], "ratio" => 0.25],
    7 => null,
];
print_r($data);
echo "\n---\n";
echo print_r($data["meta"], true);
