<?php
// Arrays: value semantics, keys, sorting and the usual library functions.
$fruits = ['banana' => 3, 'apple' => 7, 'cherry' => 5];
$copy = $fruits;
$copy['apple'] = 0;           // copies on write: $fruits is unchanged
echo "apples: {$fruits['apple']} vs {$copy['apple']}\n";

arsort($fruits);
foreach ($fruits as $name => $count) {
    echo str_pad($name, 8), $count, "\n";
}

$squares = [];
foreach (range(1, 5) as $x) {
    $squares[] = $x * $x;
}
echo implode(', ', $squares), "\n";
echo 'sum: ', array_sum($squares), "\n";

$words = explode(' ', 'the quick brown fox jumps over the lazy dog');
$counts = array_count_values($words);
ksort($counts);
print_r($counts);
var_dump(in_array('fox', $words), array_search('lazy', $words));
