<?php
require __DIR__ . '/inc/psr4.inc';
echo "static call:\n";
echo App\Service\Registry::add('x'), "\n";
echo "constant:\n";
echo App\Model\User::TABLE, "\n";
echo "static prop:\n";
echo count(App\Service\Registry::$items), "\n";
echo "enum case:\n";
var_dump(App\Service\Status::On);
