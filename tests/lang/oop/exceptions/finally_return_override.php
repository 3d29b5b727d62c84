<?php
function a() {
    try { return "try"; } finally { return "finally"; }
}
function b() {
    try { throw new Exception("lost"); } finally { return "finally swallows exception"; }
}
function c() {
    $x = 1;
    try { return $x; } finally { $x = 2; echo "finally sees x=$x\n"; }
}
function d() {
    foreach ([1, 2] as $i) {
        try { return "ret $i"; } finally { echo "finally $i\n"; }
    }
}
function e() {
    try {
        try { return "inner"; } finally { echo "inner finally\n"; }
    } finally { echo "outer finally\n"; }
}
echo a(), "\n", b(), "\n", c(), "\n", d(), "\n", e(), "\n";
