<?php
// A ready receive case: the value goes into &$var, then the callback gets it; select() returns a Selector.
use go\Chan;

$ch = new Chan(1);
$ch->push('ping');
$sel = select(['case', $ch, '->', &$got, function ($v) use (&$got) {
    echo "callback got $v, var holds $got\n";
}]);
echo get_class($sel), "\n";
var_dump($got);
