<?php
var_dump(7.5 & 3);
var_dump(7.0 | 8);
var_dump(1.5 % 1);
var_dump(~1.9);
