<?php
class P { const PC = 'p'; }
class A extends P {
    private const PRIV = 'priv'; protected const PROT = 'prot'; const PUB = 'pub';
    function m() { $f = 'constant'; return [$f('self::PRIV'), $f('A::PROT'), $f('parent::PC'), $f('static::PUB'), array_map('constant', ['self::PUB', 'A::PRIV'])]; }
    static function s() { return call_user_func('constant', 'self::PROT'); }
}
print_r((new A)->m());
var_dump(A::s());
$f = 'constant';
try { $f('A::PRIV'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $f('self::X'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $f('parent::X'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($f('A::PUB'), $f('PHP_EOL'));
