<?php
set_time_limit(1);
$a = range(1, 100);
while (true) {
    foreach ($a as $v) { $x = $v; }
}
