<?php
var_dump((array)"x");
var_dump((array)1);
var_dump((array)null);
var_dump((array)[1, 2]);
var_dump((array)1.5);
var_dump((array)false);
