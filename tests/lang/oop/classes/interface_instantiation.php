<?php
interface I {}
trait T {}
enum E {}
foreach (['I', 'T', 'E'] as $c) {
    try {
        new $c;
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
