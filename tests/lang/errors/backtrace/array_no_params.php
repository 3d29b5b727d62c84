<?php
function leaf() {
    return debug_backtrace();
}
function branch() {
    return leaf();
}
var_dump(branch());
