<?php
function run($local) {
    $res = include 'inc/uses_local.inc';
    echo "result: $res\n";
    echo $setInInclude, "\n";
}
run(21);
var_dump(isset($setInInclude));
