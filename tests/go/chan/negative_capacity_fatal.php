<?php
use go\Chan;

new Chan(['capacity' => -1]);
echo "not reached\n";
