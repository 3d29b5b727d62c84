<?php
class Counter {
    private int $n = 0;
    public function inc(int $by = 1): int {
        $this->n += $by;
        return $this->n;
    }
    public function get() { return $this->n; }
    public function reset(): void { $this->n = 0; }
}
$c = new Counter();
echo $c->inc(), "\n";
echo $c->inc(5), "\n";
echo $c->get(), "\n";
var_dump($c->reset());
echo $c->get(), "\n";
$m = 'inc';
echo $c->$m(10), "\n";
echo $c->{'g' . 'et'}(), "\n";
