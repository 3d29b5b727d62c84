<?php
// Time::tick() sends a timestamp every interval.
use go\Time;

$tick = Time::tick(20 * Time::MILLISECOND);
$last = 0.0;
for ($i = 1; $i <= 3; $i++) {
    $t = $tick->pop();
    echo "tick $i: ", is_float($t) && $t > $last ? "later timestamp" : "wrong", "\n";
    $last = $t;
}
