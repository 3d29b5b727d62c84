<?php
// Selector::loop($done) runs select() until $done yields a value, which it returns; NULL when $done
// is closed instead.
use go\Chan;
use go\Scheduler;

$data = new Chan();
$done = new Chan(1);
go(function () use ($data, $done) {
    for ($i = 1; $i <= 3; $i++) {
        $data->push($i);
    }
    $done->push('finished');
});
$result = select(['case', $data, '->', function ($v) {
    echo "loop got $v\n";
}], false)->loop($done);
echo "loop returned $result\n";

$done2 = new Chan();
go(function () use ($data, $done2) {
    $data->push(10);
    $done2->close();
});
var_dump(select(['case', $data, function ($v) {
    echo "second loop got $v\n";
}], ['default', function () {
    \go\Runtime::gosched();
}], false)->loop($done2));
Scheduler::join();
