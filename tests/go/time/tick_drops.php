<?php
// A tick the reader has not taken makes the next ones dropped: after sleeping through several
// ticks, one value is waiting, not several.
use go\Time;

$tick = Time::tick(200 * Time::MILLISECOND);
Time::sleep(500 * Time::MILLISECOND);
echo "buffered: ", $tick->len(), "\n";
var_dump(is_float($tick->tryPop()), $tick->tryPop());
