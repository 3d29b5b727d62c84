<?php
declare(strict_types=1);
require __DIR__ . '/inc/weak_lib.inc';
echo weak_add("1", "2"), "\n";
try { echo weak_add_typed("1", 2), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo call_weak(), "\n";
