<?php
namespace App\Models;
class User {}
echo User::class, "\n";
echo \stdClass::class, "\n";
echo namespace\User::class, "\n";
$u = new User;
echo $u::class, "\n";
echo Undefined\Thing::class, "\n";
$o = new \ArrayObject();
echo $o::class, "\n";
try {
    $s = 'str';
    echo $s::class;
} catch (\TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
