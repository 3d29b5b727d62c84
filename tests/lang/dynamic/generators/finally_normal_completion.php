<?php
function g() {
    try {
        yield 1;
        return 'from try';
    } finally {
        echo "finally on return\n";
    }
}
$gen = g();
foreach ($gen as $v) echo $v, "\n";
echo $gen->getReturn(), "\n";
function nested() {
    try {
        try {
            yield 'a';
            throw new Exception('inner');
        } finally {
            echo "inner finally\n";
            yield 'from finally';
        }
    } catch (Exception $e) {
        echo "caught ", $e->getMessage(), "\n";
        yield 'from catch';
    } finally {
        echo "outer finally\n";
    }
}
foreach (nested() as $v) echo $v, "\n";
