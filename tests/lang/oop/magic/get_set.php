<?php
class Bag {
    private array $data = [];
    public $real = 'real';
    public function __get($n) { echo "__get($n)\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "__set($n)\n"; $this->data[$n] = $v; }
}
$b = new Bag;
$b->x = 5;
echo $b->x, "\n";
echo $b->real, "\n";
$b->real = 'changed';
echo $b->real, "\n";
var_dump($b->missing);
$b->data = 'via magic';
echo $b->data, "\n";
$b->arr = [1];
$b->arr[] = 2;
var_dump($b->arr);
