<?php
namespace My;
function strlen($s) { return "my strlen"; }
echo strlen("abc"), "\n";
echo \strlen("abc"), "\n";
echo strtoupper("fallback"), "\n";
echo PHP_INT_SIZE, " ", \PHP_INT_SIZE, " ", E_ALL, "\n";
echo M_PI > 3 ? "const fallback\n" : "";
const E_ALL = 'shadowed';
echo E_ALL, " ", \E_ALL, "\n";
try {
    new ArrayObject();
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo get_class(new \ArrayObject()), "\n";
