<?php
function outer() {
    echo "outer called\n";
    function inner() {
        return "inner works";
    }
}
outer();
echo inner(), "\n";
