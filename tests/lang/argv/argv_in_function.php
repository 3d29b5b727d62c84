<?php
function show() {
    global $argv, $argc;
    echo "argc=$argc last=", $argv[$argc - 1], "\n";
    var_dump(isset($argv));
}
show();
function noGlobal() {
    var_dump(isset($argv));
}
noGlobal();
