<?php
var_dump('');
var_dump("");
var_dump("multi
line");
var_dump('a' . 'b' . "c");
var_dump("\"" . '"' . "'");
var_dump(strlen("héllo"));
var_dump("x" . 1 . 2.0 . true . null . false);
var_dump(TRUE, False, NULL);
