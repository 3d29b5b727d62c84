<?php
function measure($v) {
    return strlen($v);
}
echo measure("abc"), "\n";
echo measure([1]);
