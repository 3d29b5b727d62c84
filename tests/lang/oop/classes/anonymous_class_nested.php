<?php
class Outer {
    private $x = 'outer-private';
    public function make() {
        return new class($this->x) {
            public function __construct(public $got) {}
            public function tryAccess($o) { return isset($o->x) ? 'yes' : 'no'; }
        };
    }
}
$outer = new Outer;
$in = $outer->make();
echo $in->got, "\n";
echo $in->tryAccess($outer), "\n";
$counter = new class {
    private static $n = 0;
    public static function next() { return ++self::$n; }
};
echo $counter::next(), $counter::next(), "\n";
