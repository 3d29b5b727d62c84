<?php
echo "x\n";
$x = yield 1;
