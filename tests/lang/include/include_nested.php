<?php
include 'inc/nested.inc';
echo $shared, " ", $counter, "\n";
