<?php
class Src {
    public iterable $items = [];
    public function gen(): iterable { yield 'a' => 1; yield 'b' => 2; }
    public function arr(): iterable { return ['x']; }
    public function bad(): iterable { return 'str'; }
}
$s = new Src;
foreach ($s->gen() as $k => $v) echo "$k=$v ";
echo "\n";
$s->items = new ArrayObject([1]);
echo get_class($s->items), "\n";
print_r($s->arr());
try { $s->bad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
