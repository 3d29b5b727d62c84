<?php
trait A { public function hi() { return 'A::hi'; } public function only() { return 'A::only'; } }
trait B { public function hi() { return 'B::hi'; } }
class C {
    use A, B {
        A::hi insteadof B;
        B::hi as bHi;
        only as protected hiddenOnly;
    }
    public function callHidden() { return $this->hiddenOnly(); }
}
$c = new C;
echo $c->hi(), " ", $c->bHi(), " ", $c->only(), " ", $c->callHidden(), "\n";
try { $c->hiddenOnly(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$m = get_class_methods('C');
sort($m);
print_r($m);
