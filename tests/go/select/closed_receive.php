<?php
// A receive case on a closed, drained channel is ready and yields NULL; buffered values come first.
use go\Chan;

$ch = new Chan(1);
$ch->push('last');
$ch->close();
for ($i = 0; $i < 2; $i++) {
    select(['case', $ch, '->', &$v, function ($v) {
        echo "received ", var_export($v, true), "\n";
    }]);
}
