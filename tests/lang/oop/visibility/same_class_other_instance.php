<?php
class Acc {
    private $balance;
    public function __construct($b) { $this->balance = $b; }
    public function transferFrom(Acc $other, $n) {
        $other->balance -= $n;
        $this->balance += $n;
    }
    public function equals(Acc $o) { return $this->balance === $o->balance; }
    public function get() { return $this->balance; }
}
$a = new Acc(10);
$b = new Acc(20);
$a->transferFrom($b, 5);
echo $a->get(), " ", $b->get(), "\n";
var_dump($a->equals(new Acc(15)));
