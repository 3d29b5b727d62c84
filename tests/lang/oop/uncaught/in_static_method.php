<?php
class Factory {
    public static function build(string $kind, int $n = 2) { return static::fail($kind, null, true); }
    protected static function fail($k, $x, $flag) { throw new DomainException("unknown kind $k"); }
}
class Sub extends Factory {}
function make() { return Sub::build('widget'); }
make();
