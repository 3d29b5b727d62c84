<?php
echo "start\n";
var_dump(count("string"));
