<?php
function check($code) {
    try {
        eval($code);
        echo "no error\n";
    } catch (ParseError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
        echo "  at ", $e->getFile(), ":", $e->getLine(), "\n";
    }
}
check('$x = ;');
check('echo "unterminated');
check('function () {');
check("\n\n\$a = 1\n\$b = 2;");
check('foo(');
check('class { }');
check('echo 1;');
try {
    eval('1 +');
} catch (CompileError $e) {
    echo "caught as CompileError: ", $e instanceof ParseError ? "ParseError" : "other", "\n";
}
try {
    eval('$x = ;');
} catch (Error $e) {
    echo $e, "\n";
}
