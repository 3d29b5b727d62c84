<?php
var_dump((float)"1e3");
var_dump((float)"1.5abc");
var_dump((float)".5");
var_dump((float)"abc");
var_dump((float)" 2.5 ");
var_dump((float)"-0");
var_dump((float)10);
var_dump((float)PHP_INT_MAX);
var_dump((float)true);
var_dump((double)"3");
var_dump((float)"1e400");
var_dump((float)"9999999999999999999");
