<?php
var_dump((bool)"0");
var_dump((bool)"0.0");
var_dump((bool)"");
var_dump((bool)" ");
var_dump((bool)"false");
var_dump((bool)[]);
var_dump((bool)[0]);
var_dump((bool)0);
var_dump((bool)-1);
var_dump((bool)0.0);
var_dump((bool)-0.0);
var_dump((bool)NAN);
var_dump((bool)null);
var_dump((boolean)"00");
