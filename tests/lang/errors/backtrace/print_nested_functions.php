<?php
function inner() {
    debug_print_backtrace();
}
function middle() {
    inner();
}
function outer() {
    middle();
}
outer();
echo "--\n";
middle();
