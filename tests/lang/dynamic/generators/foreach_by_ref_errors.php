<?php
function plain() { yield 1; }
try {
    foreach (plain() as &$v) {}
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$g = plain();
try {
    foreach ($g as &$v) {}
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
function &byRef() { $x = 1; yield $x; }
foreach (byRef() as $v) echo "by value over a by-ref generator: $v\n";
