<?php
readonly class Money {
    public function __construct(public int $amount, public string $cur) {}
    public function add(int $n): static { return new static($this->amount + $n, $this->cur); }
}
$m = new Money(10, 'EUR');
$n = $m->add(5);
echo $m->amount, " ", $n->amount, " ", $n->cur, "\n";
try { $m->amount = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $m->extra = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$r = new ReflectionProperty(Money::class, 'cur');
var_dump($r->isReadOnly());
