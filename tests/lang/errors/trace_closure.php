<?php
$f = function ($x) {
    return $x / 0;
};
function run($cb) { return $cb(3); }
run($f);
