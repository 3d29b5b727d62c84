<?php
var_dump(error_reporting("8"));
var_dump(error_reporting());
try {
    error_reporting("abc");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
