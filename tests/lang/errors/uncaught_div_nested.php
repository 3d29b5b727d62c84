<?php
function divide($a, $b) {
    return $a / $b;
}
function calc(array $nums, $s) {
    return divide($nums[0], 0) . $s;
}
echo calc([1, 2], "str");
