<?php
echo "start\n";
var_dump(max([]));
