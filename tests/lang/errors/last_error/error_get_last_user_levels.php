<?php
@trigger_error("n1");
print_r(error_get_last());
@trigger_error("d1", E_USER_DEPRECATED);
print_r(error_get_last());
trigger_error("w1", E_USER_WARNING);
echo error_get_last()['type'], "\n";
