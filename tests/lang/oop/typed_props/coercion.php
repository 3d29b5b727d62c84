<?php
class T {
    public int $i = 0;
    public float $f = 0.0;
    public string $s = '';
    public bool $b = false;
    public ?int $n = null;
    public int|string $u = 0;
}
$t = new T;
$t->i = "42"; var_dump($t->i);
$t->i = 3.0; var_dump($t->i);
$t->i = true; var_dump($t->i);
$t->f = 5; var_dump($t->f);
$t->f = "1e3"; var_dump($t->f);
$t->s = 12; var_dump($t->s);
$t->s = 1.5; var_dump($t->s);
$t->b = "0"; var_dump($t->b);
$t->n = null; var_dump($t->n);
$t->u = 1.5; var_dump($t->u);
$t->u = "x"; var_dump($t->u);
$t->i = 1.5;
var_dump($t->i);
