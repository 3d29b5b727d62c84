<?php
// Time::sleep() of 0 or less returns at once, without letting other routines run.
use go\Time;

go(function () {
    echo "routine runs\n";
});
Time::sleep(0);
Time::sleep(-5);
echo "main went on\n";
Time::sleep(Time::MILLISECOND);
echo "main slept\n";
