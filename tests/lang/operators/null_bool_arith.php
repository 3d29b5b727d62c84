<?php
var_dump(null + 1);
var_dump(true + true);
var_dump(false - 1);
var_dump(null * 5);
var_dump(true / 2);
var_dump(null . "x");
var_dump(-null);
var_dump(-true);
var_dump(1.5 + true);
