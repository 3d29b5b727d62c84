<?php
function stop($code) {
    echo "stopping in function\n";
    exit($code);
}
function outer() {
    stop(42);
    echo "never in outer\n";
}
outer();
echo "never at top\n";
