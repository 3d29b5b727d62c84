<?php
define('DYN', 3.5);
define('LIST_C', [1, 2]);
var_dump(DYN, LIST_C);
var_dump(defined('DYN'), defined('NOPE'));
var_dump(define('DYN', 4));
var_dump(DYN);
