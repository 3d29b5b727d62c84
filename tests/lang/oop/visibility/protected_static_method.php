<?php
class A {
    protected static function helper() { return 'helper'; }
    private static function secret() { return 'secret'; }
}
class B extends A { public static function go() { return static::helper(); } }
echo B::go(), "\n";
try { A::helper(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { A::secret(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { A::nope(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { (new A)->nope(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
B::secret();
