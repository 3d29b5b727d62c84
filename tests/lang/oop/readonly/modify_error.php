<?php
class A {
    public function __construct(public readonly int $x) {}
    public function set($v) { $this->x = $v; }
}
$a = new A(1);
echo $a->x, "\n";
try { $a->x = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a->set(3); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a->x++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unset($a->x); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $r = &$a->x; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo $a->x, "\n";
$a->x = 5;
