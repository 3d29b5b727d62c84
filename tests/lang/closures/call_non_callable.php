<?php
$f = 'does_not_exist';
echo "before\n";
$f();
