<?php
// X::class resolves names at compile time (no autoload); $obj::class needs an object
use Some\Imported as Alias;
echo Alias::class, "\n";
echo Missing\Thing::class, "\n";
class Loc { function who() { return [self::class, static::class]; } }
class Sub extends Loc {}
var_dump((new Sub)->who());
$o = new Sub;
echo $o::class, "\n";
$s = 'Sub';
try {
    echo $s::class, "\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
