<?php
function g() {
    try {
        for ($i = 0; ; $i++) yield $i;
    } finally {
        echo "generator closed\n";
    }
}
foreach (g() as $v) {
    echo $v, "\n";
    if ($v == 2) break;
}
echo "after loop\n";
function h() {
    try { yield 1; yield 2; } finally { echo "h finally\n"; }
}
try {
    foreach (h() as $v) throw new Exception("in body");
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
