<?php
namespace App\Model;
echo "[loading App\\Model\\Base]\n";
abstract class Base {
    public static function kind() { return static::class; }
}
