<?php
// A second close() warns and returns false.
use go\Chan;

$ch = new Chan(1);
var_dump($ch->close());
var_dump($ch->close());
var_dump(@$ch->close());
