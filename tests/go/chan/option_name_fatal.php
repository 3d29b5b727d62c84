<?php
use go\Chan;

echo "before\n";
new Chan(['name' => 5]);
echo "not reached\n";
