<?php
include 'inc/line_warning.inc';
echo "\nback in main\n";
