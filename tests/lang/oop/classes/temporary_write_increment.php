<?php
// ++ on a property of a temporary object is a compile error too; a call result is writable.
class P { public $v = 1; public static function make(): P { return new P; } }
P::make()->v++;
echo "calls are writable\n";
(clone P::make())->v++;
