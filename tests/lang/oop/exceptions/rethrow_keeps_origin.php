<?php
function origin() {
    return new OverflowException("created here");
}
$e = origin();
function thrower($e) {
    throw $e;
}
try {
    thrower($e);
} catch (OverflowException $caught) {
    echo "line ", $caught->getLine(), "\n";
    echo $caught->getTraceAsString(), "\n";
}
