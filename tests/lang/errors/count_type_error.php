<?php
function c($v) { return count($v); }
echo c([1, 2]), "\n";
echo c("str");
