<?php
var_dump(str_repeat("x", 0));
var_dump(str_repeat("x", -1));
