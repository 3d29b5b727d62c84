<?php
class A {
    const NAME = 'A';
    public function selfName() { return self::NAME; }
    public function staticName() { return static::NAME; }
}
class B extends A { const NAME = 'B'; }
$b = new B;
echo $b->selfName(), " ", $b->staticName(), "\n";
echo B::NAME, " ", A::NAME, "\n";
interface HasVer { const VERSION = '1.0'; }
class Impl implements HasVer {}
echo Impl::VERSION, " ", HasVer::VERSION, "\n";
