<?php
var_dump(strlen(null));
var_dump(str_repeat("ab", 2));
var_dump(strtoupper(null));
