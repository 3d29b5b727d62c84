<?php
function f($v) {
    return match ($v) { 1 => 'a' };
}
echo f([1, 2]);
