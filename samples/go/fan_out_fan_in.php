<?php
// Fan-out/fan-in: one routine per input squares a number and sends it to a shared results channel;
// a WaitGroup tells when every worker is done, and then the results channel is closed.
use go\Chan;
use go\WaitGroup;

$inputs = [3, 1, 4, 1, 5, 9, 2, 6];
$results = new Chan(count($inputs));
$wg = new WaitGroup();

foreach ($inputs as $n) {
    $wg->add(1);
    go(function (int $n) use ($results, $wg) {
        $results->push($n * $n);
        $wg->done();
    }, [$n]);
}

go(function () use ($results, $wg) {
    $wg->wait();
    $results->close();
});

$sum = 0;
$count = 0;
while (($square = $results->pop()) !== null) {
    $sum += $square;
    $count++;
}
echo "$count squares, sum $sum\n";
