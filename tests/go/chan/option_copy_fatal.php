<?php
use go\Chan;

new Chan(['copy' => 1]);
echo "not reached\n";
