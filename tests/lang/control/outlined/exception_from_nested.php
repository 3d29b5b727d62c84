<?php
// An exception leaving an inner loop (its own method) sees the variables it changed, in catch
// blocks of the enclosing function, in finally blocks and in the stack trace's arguments.
function work(int $limit) {
    $count = 0;
    $last = null;
    try {
        for ($i = 0; $i < 5; $i++) {
            foreach ([10, 20, 30] as $v) {
                $count++;
                $last = $v;
                if ($count === $limit) throw new RuntimeException("stop at $i/$v");
            }
        }
    } catch (RuntimeException $e) {
        echo $e->getMessage(), " count=$count last=$last i=$i\n";
    } finally {
        echo "finally count=$count\n";
    }
    return $count;
}
var_dump(work(7));
var_dump(work(100));

function fails(int $n) {
    for ($i = 0; $i < 2; $i++) {
        for ($j = 0; $j < 2; $j++) {
            $n++;
            if ($i == 1) intdiv(1, 0);
        }
    }
}
function outer() {
    for ($a = 0; $a < 1; $a++) {
        for ($b = 0; $b < 1; $b++) {
            fails(40);
        }
    }
}
try {
    outer();
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
    echo $e->getTraceAsString(), "\n";
}
for ($x = 0; $x < 2; $x++) {
    for ($y = 0; $y < 2; $y++) {
        echo "top $x $y\n";
    }
}
for ($x = 0; $x < 2; $x++) {
    echo "again $x ", $y, "\n";
}
outer();
