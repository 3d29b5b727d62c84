<?php
// A common pattern: a Selector loop over a ticker until a done channel gets a value.
use go\Chan;
use go\Time;

$done = new Chan(1);
$ticks = 0;
go(function () use ($done) {
    Time::sleep(150 * Time::MILLISECOND);
    $done->push('stop');
});
$result = select(['case', Time::tick(20 * Time::MILLISECOND), function () use (&$ticks) {
    $ticks++;
}], false)->loop($done);
echo "loop returned $result after ", $ticks > 0 ? 'some' : 'no', " ticks\n";
