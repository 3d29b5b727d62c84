<?php
function g() {
    $arr = [yield 1, 'mid' => yield 2, yield 3];
    print_r($arr);
    $t = (yield 'cond') ? 'yes' : 'no';
    echo $t, "\n";
    $m = match (yield 'match') { 1 => 'one', 2 => 'two', default => 'other' };
    echo $m, "\n";
    $c = (yield 'coalesce') ?? 'was null';
    echo $c, "\n";
}
$gen = g();
foreach (['a', 'b', 'c', true, 2, null] as $send) {
    echo "yielded: ", $gen->current(), "\n";
    $gen->send($send);
}
var_dump($gen->valid());
