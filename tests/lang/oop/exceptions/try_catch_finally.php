<?php
function f($mode) {
    try {
        echo "try $mode\n";
        if ($mode === 1) throw new RuntimeException("rt");
        if ($mode === 2) throw new LogicException("lg");
        echo "no throw\n";
    } catch (RuntimeException $e) {
        echo "caught runtime: ", $e->getMessage(), "\n";
    } catch (LogicException) {
        echo "caught logic without variable\n";
    } finally {
        echo "finally $mode\n";
    }
}
f(0); f(1); f(2);
