<?php
function g($src) { yield from $src; }
foreach ([42, 'str', null, new stdClass] as $src) {
    try {
        foreach (g($src) as $v) {}
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
