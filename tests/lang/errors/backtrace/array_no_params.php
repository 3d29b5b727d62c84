<?php
function leaf() {
    return debug_backtrace();
}
function branch() {
    return leaf();
}
print_r(branch());
