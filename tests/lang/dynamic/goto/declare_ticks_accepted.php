<?php
// declare(ticks=N) is accepted (block and statement forms); goto works across it
declare(ticks=1);
$i = 0;
declare(ticks=5) {
    again:
    $i++;
    if ($i < 3) goto again;
}
echo "i=$i\n";
