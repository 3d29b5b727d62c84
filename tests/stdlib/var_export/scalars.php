<?php
var_export(null); echo "\n";
var_export(true); echo "\n";
var_export(false); echo "\n";
var_export(0); echo "\n";
var_export(-42); echo "\n";
var_export(PHP_INT_MAX); echo "\n";
var_export(PHP_INT_MIN); echo "\n";
var_export("plain"); echo "\n";
var_export(""); echo "\n";
