<?php
require_once 'inc/funcs.inc';
echo included_helper('a'), "\n";
echo INC_CONST, "\n";
var_dump(require_once 'inc/funcs.inc');
var_dump(include_once 'inc/funcs.inc');
