<?php
// add() and done() return the new counter; wait() blocks until it reaches 0.
use go\Runtime;
use go\WaitGroup;

$wg = new WaitGroup();
var_dump($wg->add(3));
for ($i = 0; $i < 3; $i++) {
    go(function () use ($wg) {
        echo "worker ", Runtime::goid(), " done, counter ", $wg->done(), "\n";
    });
}
var_dump($wg->wait());
echo "all workers done\n";
