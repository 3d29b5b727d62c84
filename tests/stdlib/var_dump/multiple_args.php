<?php
var_dump(1, "two", 3.0, [4], null, false);
$v = var_dump(1);
var_dump($v);
