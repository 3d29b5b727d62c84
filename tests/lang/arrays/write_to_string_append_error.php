<?php
$s = "abc";
echo "before\n";
$s[] = 'd';
