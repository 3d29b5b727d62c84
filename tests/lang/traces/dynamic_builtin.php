<?php
function run($f, $a) { return $f($a); }
run('strlen', []);
