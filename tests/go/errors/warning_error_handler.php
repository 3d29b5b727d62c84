<?php
// set_error_handler() gets the API's warnings (type, message, file, line); returning false lets php
// print them too. The handler is called even under @, as php calls it for any warning.
use go\Chan;

set_error_handler(function (int $type, string $message, string $file, int $line) {
    echo "handler: type $type, ", $message, " at ", basename($file), ":$line, error_reporting ",
        error_reporting() & E_WARNING ? 'on' : 'off', "\n";
    return $type !== E_WARNING || !str_contains($message, 'push');
});
$ch = new Chan(1);
$ch->close();
$ch->close();
@$ch->close();
$ch->push(1);
restore_error_handler();
$ch->close();
