<?php
function validate($v) {
    if (!is_int($v)) {
        trigger_error("validate(): expected int, got " . gettype($v), E_USER_ERROR);
    }
    return $v;
}
echo validate(5), "\n";
try {
    echo validate("x"), "\n";
} finally {
    echo "finally does not run after a fatal error\n";
}
