<?php
function inner() {
    try {
        throw new InvalidArgumentException("bad arg", 5);
    } catch (InvalidArgumentException $e) {
        echo "inner caught, rethrowing\n";
        throw $e;
    } finally {
        echo "inner finally\n";
    }
}
function middle() {
    try {
        inner();
    } catch (LogicException $e) {
        echo "middle caught ", get_class($e), " code ", $e->getCode(), "\n";
        throw new RuntimeException("wrapped", 7, $e);
    }
}
try {
    middle();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), " prev=", get_class($e->getPrevious()), ": ", $e->getPrevious()->getMessage(), "\n";
    echo "line of original: ", $e->getPrevious()->getLine(), "\n";
}
