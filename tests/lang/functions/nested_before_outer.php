<?php
function outer() {
    function inner() {
        return "inner works";
    }
}
echo "calling inner first\n";
echo inner(), "\n";
