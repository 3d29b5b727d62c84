<?php
interface A {}
interface B {}
class AB implements A, B, Countable { public function count(): int { return 2; } }
class OnlyA implements A {}
class H {
    public A&B $prop;
    public function take(A&B $x): A&B { return $x; }
    public function cnt(Countable&A $c): int { return count($c); }
}
$h = new H;
echo get_class($h->take(new AB)), "\n";
echo $h->cnt(new AB), "\n";
$h->prop = new AB;
try { $h->take(new OnlyA); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $h->prop = new OnlyA; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
