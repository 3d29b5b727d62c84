<?php
var_export("it's"); echo "\n";
var_export('back\\slash'); echo "\n";
var_export("quote\"double"); echo "\n";
var_export("nul\0byte"); echo "\n";
var_export("\0"); echo "\n";
var_export("\0start"); echo "\n";
var_export("end\0"); echo "\n";
var_export("line\nbreak"); echo "\n";
var_export("tab\there"); echo "\n";
var_export("é"); echo "\n";
var_export('$var'); echo "\n";
