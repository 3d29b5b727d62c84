<?php
echo "before include\n";
include 'inc/parse_error.inc';
echo "never\n";
