<?php
set_error_handler(function (int $no, string $str) {
    throw new RuntimeException("converted: $str");
});
try {
    $x = intdiv(10, 2) + [1, 2][5];
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo str_repeat("ab", -1);
} catch (ValueError $e) {
    echo "ValueError is not a warning: ", $e->getMessage(), "\n";
}
restore_error_handler();
echo "done\n";
