<?php
class A {
    protected const PROT = 1;
    private const PRIV = 2;
    public static function priv() { return self::PRIV; }
}
class B extends A {
    public static function prot() { return self::PROT; }
    public static function priv2() { return parent::PRIV; }
}
echo B::prot(), A::priv(), "\n";
try { echo A::PROT; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo A::PRIV; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo B::priv2(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo A::NOPE; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo Nope::X; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo A::PRIV;
