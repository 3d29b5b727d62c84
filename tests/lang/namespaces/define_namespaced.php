<?php
namespace Other;
var_dump(define('My\Ns\VALUE', 5));
var_dump(\My\Ns\VALUE, constant('my\NS\VALUE'), defined('MY\ns\VALUE'), defined('My\Ns\value'));
var_dump(define('my\ns\VALUE', 6));
var_dump(\My\Ns\VALUE);
