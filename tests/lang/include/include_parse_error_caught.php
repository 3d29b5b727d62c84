<?php
// a syntax error in an included file is a ParseError thrown at the include
function load($file) {
    try {
        return include $file;
    } catch (ParseError $e) {
        echo get_class($e), ": ", $e->getMessage(), " in ", basename($e->getFile()), ":", $e->getLine(), "\n";
        return null;
    }
}
var_dump(load(__DIR__ . '/inc/parse_error.inc'));
echo "still running\n";
try {
    require __DIR__ . '/inc/parse_error.inc';
} catch (Error $e) {
    echo "caught as ", $e instanceof CompileError ? "CompileError" : "Error", "\n";
}
