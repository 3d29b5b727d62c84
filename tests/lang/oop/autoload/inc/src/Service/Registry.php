<?php
namespace App\Service;
echo "[loading App\\Service\\Registry]\n";
class Registry {
    public static $items = [];
    const MAX = 3;
    public static function add($x) { static::$items[] = $x; return count(static::$items); }
}
