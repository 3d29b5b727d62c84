<?php
// Main sends on an unbuffered channel; the only routine has ended.
$ch = new go\Chan();
go(function () {
    echo "routine ends\n";
});
$ch->push(1);
