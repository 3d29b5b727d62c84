<?php
// DateTimeImmutable: every setter returns a new object and leaves the original; conversions between the mutable and immutable classes; subclasses keep their class.
$a = new DateTimeImmutable('2024-01-31 08:00:00');
$b = $a->modify('+1 month');
$c = $a->add(new DateInterval('P1D'));
$e = $a->sub(new DateInterval('PT9H'));
$f = $a->setDate(2020, 2, 29)->setTime(23, 59, 59);
$g = $a->setTimezone(new DateTimeZone('Asia/Tokyo'));
$h = $a->setTimestamp(0);
foreach ([$a, $b, $c, $e, $f, $g, $h] as $x) echo get_class($x), ' ', $x->format('Y-m-d H:i:s T'), "\n";
var_dump($a === $b, $a == $g);
$m = DateTime::createFromImmutable($a);
$m->modify('+1 year');
echo get_class($m), ' ', $m->format('Y-m-d'), ' ', $a->format('Y-m-d'), "\n";
$i = DateTimeImmutable::createFromMutable($m);
echo get_class($i), ' ', $i->format('Y-m-d'), "\n";
$j = DateTimeImmutable::createFromInterface($m);
$k = DateTime::createFromInterface($a);
echo get_class($j), ' ', get_class($k), ' ', $j->format('c'), ' ', $k->format('c'), "\n";
class MyDate extends DateTimeImmutable {
    public function label(): string { return 'MyDate(' . $this->format('Y-m-d') . ')'; }
}
$my = new MyDate('2024-03-10');
$next = $my->modify('next friday');
echo get_class($next), ' ', $next->label(), "\n";
$fromFmt = MyDate::createFromFormat('Y-m-d H:i', '2024-05-06 07:08');
echo get_class($fromFmt), ' ', $fromFmt->label(), ' ', $fromFmt->format('H:i:s'), "\n";
echo serialize($my), "\n";
print_r(unserialize(serialize($my)));
echo "\n";
$mut = new DateTime('2024-01-01');
$ret = $mut->modify('+1 day');
var_dump($ret === $mut);
echo $mut->format('Y-m-d'), "\n";
