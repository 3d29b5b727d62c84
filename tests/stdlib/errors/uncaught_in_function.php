<?php
function inner($x) {
    return str_repeat($x, -2);
}
function outer() {
    return inner("ab");
}
echo "start\n";
outer();
