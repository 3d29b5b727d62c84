<?php
function thrower($code) {
    return eval($code);
}
try {
    thrower('throw new RuntimeException("from eval");');
} catch (RuntimeException $e) {
    echo $e->getMessage(), " at ", basename($e->getFile()), ":", $e->getLine(), "\n";
    echo $e->getTraceAsString(), "\n";
}
eval('function inner() { throw new LogicException("deep"); }');
thrower("\n" . 'inner();');
