<?php
var_dump((int)"12abc");
var_dump((int)" 12");
var_dump((int)"12 ");
var_dump((int)"1e3");
var_dump((int)"0x1A");
var_dump((int)"012");
var_dump((int)"-7.9");
var_dump((int)"abc");
var_dump((int)"");
var_dump((int)1e20);
var_dump((int)-1e20);
var_dump((int)NAN);
var_dump((int)INF);
var_dump((int)3.99);
var_dump((int)-3.99);
var_dump((int)true, (int)null);
var_dump((int)[1, 2], (int)[]);
var_dump((int)"9999999999999999999");
