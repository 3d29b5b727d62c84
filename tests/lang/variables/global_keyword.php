<?php
$counter = 0;
function inc() {
    global $counter;
    $counter++;
}
inc(); inc(); inc();
var_dump($counter);
function make() {
    global $newvar;
    $newvar = "created";
}
make();
var_dump($newvar);
function viaGlobals() {
    $GLOBALS['counter'] += 10;
    return $GLOBALS['counter'];
}
var_dump(viaGlobals(), $counter);
function unsetGlobal() {
    global $counter;
    unset($counter);
    var_dump(isset($counter));
}
unsetGlobal();
var_dump($counter);
