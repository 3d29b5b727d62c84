<?php
// goto out of try blocks runs their finally blocks, innermost first
function f() {
    try {
        try {
            echo "inner try\n";
            goto out;
        } finally {
            echo "inner finally\n";
        }
    } finally {
        echo "outer finally\n";
    }
    echo "skipped\n";
    out:
    echo "after\n";
}
f();
try {
    throw new Exception("x");
} catch (Exception $e) {
    echo "caught\n";
    goto end;
} finally {
    echo "finally after catch\n";
}
echo "skipped\n";
end:
goto into_try;
try {
    echo "skipped\n";
    into_try:
    echo "jumped into try body\n";
} finally {
    echo "its finally\n";
}
// a label and goto inside one finally block (php compiles finally once; phpgoc copies it per exit)
function g() {
    try {
        return "ret";
    } finally {
        $i = 0;
        again:
        if (++$i < 3) goto again;
        echo "i=$i\n";
    }
}
echo g(), "\n";
