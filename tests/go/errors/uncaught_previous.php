<?php
// An uncaught exception with a previous one: as php prints it, innermost first, then "Next".
go(function () {
    try {
        throw new LogicException('inner problem', 1);
    } catch (LogicException $e) {
        throw new RuntimeException('outer problem', 2, $e);
    }
});
go(function () {
    throw new Error('');
});
go\Scheduler::join();
echo "main ends\n";
