<?php
declare(strict_types=1);
class T { public int $i = 1; public float $f = 1.5; public ?string $s = null; public int|string $u = 0; public bool $b = false; }
$t = new T;
$t->f = 2;
var_dump($t->f);
$t->f += 1;
var_dump($t->f);
foreach (['$t->i += 1.5;', '$t->i .= "1";', '$t->s = 5;', '$t->b = 1;', '$t->u = 1.0;', '$t->i = true;', '$t->i = null;'] as $code) {
    try {
        match ($code) {
            '$t->i += 1.5;' => $t->i += 1.5,
            '$t->i .= "1";' => $t->i .= "1",
            '$t->s = 5;' => $t->s = 5,
            '$t->b = 1;' => $t->b = 1,
            '$t->u = 1.0;' => $t->u = 1.0,
            '$t->i = true;' => $t->i = true,
            '$t->i = null;' => $t->i = null,
        };
        echo "$code ok\n";
    } catch (TypeError $e) {
        echo "$code ", $e->getMessage(), "\n";
    }
}
$n = 'i';
try { $t->$n = "3"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t->u = "x";
$t->i++;
var_dump($t);
