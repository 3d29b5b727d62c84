<?php
#[AllowDynamicProperties]
class A {}
class B extends A {}
$a = new A; $a->x = 1;
$b = new B; $b->y = 2;
$s = new stdClass; $s->z = 3;
echo $a->x, $b->y, $s->z, "\n";
class C extends stdClass {}
$c = new C; $c->w = 4;
echo $c->w, "\n";
class D {}
$d = new D;
$d->q = 5;
echo "done\n";
