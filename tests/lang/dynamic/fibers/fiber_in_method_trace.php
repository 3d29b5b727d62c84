<?php
class Loop {
    private array $fibers = [];
    public function add(callable $c): void { $this->fibers[] = new Fiber($c); }
    public function run(): void {
        foreach ($this->fibers as $f) $f->start();
    }
}
$l = new Loop;
$l->add(function () { echo "one\n"; });
$l->add(static function () { throw new UnexpectedValueException("two"); });
$l->run();
