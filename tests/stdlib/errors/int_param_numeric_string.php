<?php
var_dump(str_repeat("ab", "3"));
var_dump(str_repeat("ab", " 3"));
var_dump(str_repeat("ab", "3 "));
var_dump(abs("5"));
var_dump(round("2.5"));
