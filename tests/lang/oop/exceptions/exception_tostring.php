<?php
function thrower($a) { throw new LogicException("logic failed", 3); }
try {
    thrower([1, 2]);
} catch (Exception $e) {
    echo $e, "\n";
}
echo "---\n";
$inner = new InvalidArgumentException("inner msg");
$outer = new RuntimeException("outer msg", 0, $inner);
echo $outer, "\n";
echo "---\n";
echo get_class($e), " ", (string) new Exception(), "\n";
