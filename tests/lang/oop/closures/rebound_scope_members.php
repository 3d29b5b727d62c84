<?php
class A {
    private $v = 'A.v';
    private function who() { return 'A::who'; }
    public function peek() { return function () { $this->v .= '+'; return $this->who() . ' ' . $this->v . ' ' . self::class . ' ' . static::class; }; }
}
class B {
    private $v = 'B.v';
    private function who() { return 'B::who'; }
}
class C extends A {}
$a = (new A)->peek();
echo $a(), "\n";
echo $a(), "\n";
$b = Closure::bind($a, new B, B::class);
echo $b(), "\n";
$c = $a->bindTo(new C);
echo $c(), "\n";
$free = function () { return $this->who(); };
foreach ([new A, new B] as $o) echo Closure::bind($free, $o, get_class($o))(), "\n";
try { $free->bindTo(new B)(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$set = function ($n) { $this->v = $n; return $this->v; };
echo $set->call(new A, 'set-in-A'), " ", $set->call(new B, 'set-in-B'), "\n";
$stat = static function () { return self::class . '/' . static::class; };
echo Closure::bind($stat, null, A::class)(), " ", Closure::bind($stat, null, C::class)(), "\n";
try { $stat(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$par = function () { return parent::class; };
try { $par(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo Closure::bind($par, null, C::class)(), "\n";
try { Closure::bind($par, null, A::class)(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = function () { return static::class; };
try { $s(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = function () { return new self; };
try { $s(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = function () { return self::X; };
try { $s(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = function () { return static::f(); };
try { $s(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
