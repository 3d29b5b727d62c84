<?php
// Among several ready cases one is chosen at random: over 200 selects with both ready, both win.
use go\Chan;

$a = new Chan(1);
$b = new Chan(1);
$wins = ['a' => 0, 'b' => 0];
for ($i = 0; $i < 200; $i++) {
    $a->tryPush(1);
    $b->tryPush(1);
    select(
        ['case', $a, function () use (&$wins) {
            $wins['a']++;
        }],
        ['case', $b, function () use (&$wins) {
            $wins['b']++;
        }]
    );
}
echo "a won: ", $wins['a'] > 0 ? 'yes' : 'no', ", b won: ", $wins['b'] > 0 ? 'yes' : 'no', ", total ", array_sum($wins), "\n";
