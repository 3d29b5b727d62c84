<?php
echo "before\n";
include 'inc/html.inc';
echo "after\n";
