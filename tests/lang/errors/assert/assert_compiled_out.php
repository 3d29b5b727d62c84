<?php
function side() { echo "side effect ran\n"; return false; }
var_dump(assert(side()));
var_dump(ini_get('zend.assertions'));
var_dump(ini_set('zend.assertions', '1'));
echo "end\n";
