<?php
// select() with a timeout: whichever is ready first wins, the answer or the Time::after() channel.
use go\Chan;
use go\Time;

function fetch(string $what, int $delayMs): Chan
{
    $answer = new Chan(1);
    go(function () use ($answer, $what, $delayMs) {
        Time::sleep($delayMs * Time::MILLISECOND);
        $answer->push("$what is ready");
    });
    return $answer;
}

foreach ([['fast query', 0], ['slow query', 5000]] as [$what, $delayMs]) {
    $answer = fetch($what, $delayMs);
    select(
        ['case', $answer, '->', &$result, function ($result) {
            echo "got: $result\n";
        }],
        ['case', Time::after(500 * Time::MILLISECOND), function () use ($what) {
            echo "timeout: $what took more than 500 ms\n";
        }]
    );
}
