<?php
class P {
    public static function who() { return 'P::who/' . static::class; }
    protected function prot() { return 'prot'; }
}
class C extends P {
    public static function who() { return 'C::who/' . static::class; }
    private function priv($x) { return "priv $x"; }
    public function __invoke($a) { return "invoked $a"; }
    public function check() {
        var_dump(is_callable([$this, 'priv']), is_callable([$this, 'prot']), is_callable('parent::who'));
        echo call_user_func([$this, 'priv'], 1), "\n";
        echo call_user_func_array([$this, 'prot'], []), "\n";
        echo implode(',', array_map([$this, 'priv'], [1, 2])), "\n";
        echo call_user_func(['parent', 'who']), "\n";
        $f = Closure::fromCallable([$this, 'priv']);
        return $f;
    }
}
$c = new C;
$f = $c->check();
echo $f('outside'), "\n";
var_dump(is_callable([$c, 'priv']), is_callable([$c, 'prot']), is_callable($c), is_callable('C::who'));
echo call_user_func($c, 'x'), "\n";
echo call_user_func('C::who'), " ", call_user_func([C::class, 'who']), "\n";
$w = C::who(...);
echo $w(), "\n";
$i = $c(...);
echo $i('fcc'), "\n";
echo get_class($i), "\n";
var_dump(is_callable('nope'), is_callable('C::nope'), is_callable(['C', 'nope']), is_callable([1, 2]));
try { call_user_func([$c, 'priv'], 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { call_user_func('self::who'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { Closure::fromCallable([$c, 'nope']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$u = 'strtoupper';
echo $u(...)('abc'), "\n";
