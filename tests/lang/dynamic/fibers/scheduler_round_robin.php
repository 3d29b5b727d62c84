<?php
$tasks = [];
foreach (['a', 'b', 'c'] as $name) {
    $tasks[] = new Fiber(function () use ($name) {
        for ($i = 1; $i <= 3; $i++) {
            echo "$name$i ";
            Fiber::suspend();
        }
        return strtoupper($name);
    });
}
foreach ($tasks as $t) $t->start();
while ($tasks) {
    foreach ($tasks as $k => $t) {
        if ($t->isTerminated()) {
            echo "[", $t->getReturn(), "] ";
            unset($tasks[$k]);
        } else {
            $t->resume();
        }
    }
}
echo "\n";
