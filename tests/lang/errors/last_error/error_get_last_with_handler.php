<?php
set_error_handler(function () { return true; });
echo $undef;
var_dump(error_get_last());
set_error_handler(function () { return false; });
echo $undef2;
var_dump(error_get_last()['message']);
