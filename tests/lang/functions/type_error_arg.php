<?php
function typed(int $i) { return $i * 2; }
var_dump(typed(2));
var_dump(typed("abc"));
