<?php
var_dump(str_repeat("x", "3"));
var_dump(str_repeat("x", "three"));
