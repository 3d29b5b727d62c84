<?php
class P {
    public $untyped;
    public $withDefault = 'd';
    public int $count = 3;
    public ?string $name = null;
    public array $list = [1, 2];
    public float $ratio = 1.5;
    public bool $flag = false;
}
$p = new P;
var_dump($p->untyped, $p->withDefault, $p->count, $p->name, $p->list, $p->ratio, $p->flag);
$p->untyped = [1];
$p->count++;
$p->name = "n";
$p->list[] = 3;
var_dump($p);
print_r($p);
echo "\n";
