<?php
namespace Lib;
function show() { return strtoupper("x"); }
echo \strtoupper("a"), "\n";
if (true) {
    function strtoupper($s) { return "shadow($s)"; }
}
echo show(), "\n";
echo strtoupper("b"), " ", \strtoupper("y"), "\n";
