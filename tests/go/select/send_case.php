<?php
// A send case: ready when a receiver waits or the buffer has room; the callback gets the sent value.
use go\Chan;
use go\Runtime;

$buffered = new Chan(1);
select(['case', $buffered, '<-', 'into buffer', function ($v) {
    echo "sent: $v\n";
}]);
echo "buffer holds ", $buffered->pop(), "\n";

$unbuffered = new Chan();
go(function () use ($unbuffered) {
    $v = $unbuffered->pop();
    echo "receiver got $v\n";
});
Runtime::gosched();
select(['case', $unbuffered, '<-', 'handed over', function ($v) {
    echo "sent: $v\n";
}]);
echo "main goes on before the receiver runs\n";
Runtime::gosched();
