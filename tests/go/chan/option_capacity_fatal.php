<?php
use go\Chan;

new Chan(['capacity' => '3']);
echo "not reached\n";
