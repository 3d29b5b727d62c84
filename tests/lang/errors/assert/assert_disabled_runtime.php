<?php
function side() { echo "side effect ran\n"; return false; }
var_dump(assert(side()));
var_dump(ini_get('zend.assertions'));
ini_set('zend.assertions', 1);
try { assert(side()); } catch (AssertionError $e) { echo "now: ", $e->getMessage(), "\n"; }
