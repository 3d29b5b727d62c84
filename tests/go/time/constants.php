<?php
use go\Time;

foreach (['NANOSECOND', 'MICROSECOND', 'MILLISECOND', 'SECOND', 'MINUTE', 'HOUR'] as $name) {
    echo $name, ' = ', constant(Time::class . '::' . $name), "\n";
}
