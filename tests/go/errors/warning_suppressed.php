<?php
// @ and error_reporting() silence the API's warnings as any other.
use go\Chan;

$ch = new Chan(1);
$ch->close();
var_dump(@$ch->close());
var_dump(@$ch->push(1));
error_reporting(E_ALL & ~E_WARNING);
var_dump($ch->tryPush(1));
error_reporting(E_ALL);
var_dump($ch->tryPush(1));
