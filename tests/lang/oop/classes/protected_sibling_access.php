<?php
abstract class Base { protected $secret = 'base'; protected function hidden() { return static::class . ' hidden'; } }
class Left extends Base {
    public function peekMethod(Base $other) { return $other->hidden(); }
    public function peekProp(Base $other) { return $other->secret; }
}
class Right extends Base { protected $secret = 'right'; }
class Middle extends Base {}
$l = new Left;
echo $l->peekMethod(new Right), "\n";
echo $l->peekProp(new Middle), "\n";
try { echo $l->peekProp(new Right), "\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Unrelated { public function peek(Base $o) { return $o->secret; } }
try { echo (new Unrelated)->peek(new Middle); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
