<?php
namespace Lib;
class Box {
    public function each(array $xs, callable $f) { foreach ($xs as $x) $f($x); }
    public function run() {
        $this->each([1], function ($x) {
            throw new \DomainException("in closure $x");
        });
    }
}
(new Box)->run();
