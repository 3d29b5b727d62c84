<?php
echo "this is never printed\n";
$a = 1
$b = 2;
