<?php
require __DIR__ . '/inc/psr4.inc';
use App\Model\User;
echo "before new\n";
$u = new User('ann');
echo $u->name(), "\n";
echo User::kind(), "\n";
$u2 = new User('bob');
echo "no second load\n";
var_dump($u instanceof App\Contract\HasName);
