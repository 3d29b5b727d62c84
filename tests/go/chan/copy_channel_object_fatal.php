<?php
// A copy channel refuses objects (phpgo's fatal error), even inside an array.
use go\Chan;

$ch = new Chan(['capacity' => 2, 'copy' => true]);
$ch->push([1, [2, 3]]);
echo "array pushed\n";
register_shutdown_function(function () {
    echo "shutdown runs\n";
});
$ch->push(['nested' => new ArrayObject()]);
echo "not reached\n";
