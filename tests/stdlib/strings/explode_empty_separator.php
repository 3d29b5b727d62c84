<?php
echo "start\n";
var_dump(explode("", "abc"));
