<?php
class A {
    private static $p = 1;
    protected static $q = 2;
}
try { echo A::$p; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo A::$q; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo A::$none; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
A::$p = 3;
