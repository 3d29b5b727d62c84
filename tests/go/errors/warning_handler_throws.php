<?php
// An error handler that throws: the exception comes out of the API call, here in a routine, where
// it is reported with the routine's stack (the handler called by [internal function]).
use go\Chan;

set_error_handler(function (int $type, string $message) {
    throw new ErrorException($message, 0, $type);
});
$ch = new Chan(1);
$ch->close();
try {
    $ch->push(1);
} catch (ErrorException $e) {
    echo "caught in main: ", $e->getMessage(), "\n";
}
go(function (Chan $ch) {
    $ch->tryPush(2);
}, [$ch]);
go\Scheduler::join();
echo "main ends\n";
