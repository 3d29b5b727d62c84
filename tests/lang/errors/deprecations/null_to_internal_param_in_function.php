<?php
function name(?string $n) { return strtolower($n); }
var_dump(name(null));
var_dump(str_pad(null, 3, "*"));
var_dump(substr(null, 0, 1));
