<?php
// Main waits on a wait group that never reaches 0.
$wg = new go\WaitGroup();
$wg->add(2);
go(function () use ($wg) {
    $wg->done();
    echo "one done\n";
});
$wg->wait();
