<?php
// select over 4 channels, 1,000,000 rounds: four producers each feed one unbuffered channel
// (250,000 values each); the main script selects over the four until it has all the values.
use go\Chan;

$rounds = 1000000;
$chans = [];
for ($c = 0; $c < 4; $c++) {
    $chans[] = $ch = new Chan(0);
    go(function () use ($ch, $c, $rounds) {
        for ($i = 0; $i < $rounds / 4; $i++) {
            $ch->push($c);
        }
    });
}
$counts = [0, 0, 0, 0];
$onValue = function ($v) use (&$counts) { $counts[$v]++; };
$t = hrtime(true);
$sel = select(
    ['case', $chans[0], '->', $onValue],
    ['case', $chans[1], '->', $onValue],
    ['case', $chans[2], '->', $onValue],
    ['case', $chans[3], '->', $onValue],
    false
);
for ($r = 0; $r < $rounds; $r++) {
    $sel->select();
}
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=" . implode(',', $counts) . "\n";
printf("time_ms=%.2f\n", $ms);
