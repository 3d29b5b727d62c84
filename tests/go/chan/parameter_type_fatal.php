<?php
use go\Chan;

new Chan("3");
echo "not reached\n";
