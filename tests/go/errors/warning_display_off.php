<?php
// display_errors=0: the API's warnings and fatal errors are not shown; a fatal error still exits 255.
use go\Chan;

$ch = new Chan(1);
$ch->close();
var_dump($ch->close());
new Chan(-1);
echo "not reached\n";
