<?php
$flag = true;
if ($flag) {
    function pick() { return "first"; }
} else {
    function pick() { return "second"; }
}
echo pick(), "\n";
echo early(), "\n";
function early() { return "hoisted"; }
