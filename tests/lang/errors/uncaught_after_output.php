<?php
echo "partial line without newline";
$x = [] + 1;
