<?php
function typed(int $i) { return $i; }
var_dump(typed(2.0));
var_dump(typed(2.5));
