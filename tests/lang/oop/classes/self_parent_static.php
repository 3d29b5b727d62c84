<?php
class A {
    public function who() { return 'A'; }
    public function test() {
        return self::class . ' ' . static::class . ' ' . get_class($this) . ' ' . $this->who();
    }
    public static function create() { return new static(); }
    public static function createSelf() { return new self(); }
}
class B extends A {
    public function who() { return 'B+' . parent::who(); }
}
echo (new B)->test(), "\n";
echo get_class(B::create()), "\n";
echo get_class(B::createSelf()), "\n";
echo get_class(A::create()), "\n";
