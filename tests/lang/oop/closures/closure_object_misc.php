<?php
class A {
    private $secret = 's';
    public function make() { return fn($x) => $this->secret . $x; }
    public static function smake() { return function () { return static::class; }; }
}
class B extends A {}
$f = (new A)->make();
var_dump($f);
print_r($f);
echo "\n";
var_export($f);
echo "\n";
$y = 5;
$byRef = function (&$a, $b = 1, ...$rest) use (&$y, $f) { return $y; };
var_dump($byRef);
var_dump($f instanceof Closure, is_object($f), gettype($f), get_class($f), is_callable($f));
var_dump($f == $f, $f === $f, $f == (new A)->make(), $f == clone $f);
$g = clone $f;
echo $g('!'), " ", $f->__invoke('?'), "\n";
echo B::smake()(), " ", A::smake()(), "\n";
var_dump(json_encode($f), (bool) $f, (array) $f == [$f]);
try { $f->prop = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo $f->prop ?? 'unset', "\n";
try { echo $f->prop; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($f->prop));
try { unset($f->prop); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo call_user_func([$f, '__invoke'], 'cuf'), "\n";
echo call_user_func_array($f, ['x' => 'named']), "\n";
var_dump(array_map(strtoupper(...), ['a']));
