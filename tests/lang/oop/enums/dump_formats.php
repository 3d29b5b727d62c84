<?php
enum Pure { case One; }
enum Backed: string { case Two = '2'; }
var_dump(Pure::One, Backed::Two);
print_r(Pure::One); echo "\n";
print_r(Backed::Two); echo "\n";
var_export(Pure::One); echo "\n";
var_export([Backed::Two, 'k' => Pure::One]); echo "\n";
echo json_encode(Backed::Two), "\n";
echo json_encode(['x' => Backed::Two]), "\n";
var_dump(json_encode(Pure::One), json_last_error_msg());
echo serialize(Backed::Two), "\n";
var_dump(unserialize(serialize(Pure::One)) === Pure::One);
print_r([Pure::One]);
