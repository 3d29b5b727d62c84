<?php
trait Counter {
    public static $count = 0;
    public static function inc() { return ++static::$count; }
}
class UsesIt { use Counter; }
echo UsesIt::inc(), " ", UsesIt::$count, "\n";
echo Counter::inc(), "\n";
echo Counter::$count, "\n";
Counter::$count = 10;
echo "end\n";
