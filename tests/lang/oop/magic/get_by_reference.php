<?php
class Bag {
    private array $data = ['list' => [1]];
    public function &__get($n) { echo "__get($n)\n"; if (!isset($this->data[$n])) $this->data[$n] = null; return $this->data[$n]; }
    public function dump() { print_r($this->data); }
}
$b = new Bag;
$b->list[] = 2;
$b->newone['k'] = 'v';
$b->dump();
