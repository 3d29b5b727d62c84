<?php
$g = "global";
function f() {
    var_dump(isset($g));
    echo $g;
    $g = "local";
    return $g;
}
echo f(), "\n";
echo $g, "\n";
function h() {
    $local = 1;
}
h();
var_dump(isset($local));
