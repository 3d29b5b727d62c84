<?php
// While main sleeps, ready routines run.
use go\Time;

go(function () {
    echo "routine runs while main sleeps\n";
});
echo "main sleeps\n";
Time::sleep(30 * Time::MILLISECOND);
echo "main woke\n";
