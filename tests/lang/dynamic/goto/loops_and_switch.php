<?php
// goto out of a switch inside a loop, a retry loop built with goto around a try, and
// goto backward from a nested loop restarting an outer computation
$tries = 0;
retry:
try {
    $tries++;
    if ($tries < 3) throw new RuntimeException("attempt $tries failed");
    echo "succeeded after $tries tries\n";
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
    goto retry;
}
$round = 0;
restart:
$round++;
foreach ([1, 2, 3] as $i) {
    switch ($i) {
        case 2:
            if ($round < 2) {
                echo "restart from round $round\n";
                goto restart;
            }
            echo "round $round at $i\n";
            break;
        default:
            echo "round $round item $i\n";
    }
}
$n = 0;
while (true) {
    do {
        $n++;
        if ($n == 4) goto done;
    } while ($n % 2);
}
done:
echo "n=$n\n";
