<?php
// A copy channel refuses resources (phpgo's fatal error).
use go\Chan;

$ch = new Chan(['capacity' => 1, 'copy' => true]);
$ch->tryPush(STDIN);
echo "not reached\n";
