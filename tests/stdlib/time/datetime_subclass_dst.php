<?php
// A DateTime subclass's own properties with the date ones (var_dump, print_r, json_encode, var_export, serialize round trip); daylight saving gaps and overlaps; intervals made from strings; sorting dates.
class Ev extends DateTime { public $name = 'ev'; protected $p = 1; private $q = [2]; }
$e = new Ev('2024-01-01 08:00');
var_dump($e);
print_r($e);
echo json_encode($e), "\n";
var_export($e);
echo "\n", serialize($e), "\n";
$u = unserialize(serialize($e));
print_r($u);
var_dump((array) new DateTimeImmutable('2024-01-01'));
$paris = new DateTimeZone('Europe/Paris');
foreach (['2024-03-31 02:30', '2024-10-27 02:30', '2024-10-27 01:59:59', '2024-10-27 03:00'] as $s) {
    $d = new DateTime($s, $paris);
    echo $s, ' => ', $d->format('c T U'), "\n";
}
$d = new DateTime('2024-03-30 12:00', $paris);
$d->modify('+1 day');
echo $d->format('c'), "\n";
$d->add(new DateInterval('PT24H'));
echo $d->format('c'), "\n";
$d->setTime(2, 30);
echo $d->format('c'), "\n";
$d = new DateTime('2024-01-17 10:00');
foreach (['last day of next month', 'next monday', '+3 days 2 hours', '1 year ago', '+2 weekdays'] as $s) {
    $d->add(DateInterval::createFromDateString($s));
    echo $s, ' => ', $d->format('Y-m-d H:i D'), "\n";
}
$d->sub(DateInterval::createFromDateString('3 days'));
echo $d->format('Y-m-d H:i'), "\n";
$x = DateInterval::createFromDateString('1 year 2 months 3 hours');
echo $x->y, ' ', $x->m, ' ', $x->h, "\n";
$arr = [new DateTime('2024-03-01'), new DateTimeImmutable('2024-01-01'), new DateTime('2024-02-01 12:00', $paris)];
sort($arr);
foreach ($arr as $x) echo get_class($x), ' ', $x->format('Y-m-d H:i T'), "\n";
usort($arr, fn($x, $y) => $y <=> $x);
foreach ($arr as $x) echo $x->format('m '), '';
echo "\n", max($arr)->format('Y-m-d'), ' ', min($arr)->format('Y-m-d'), "\n";
var_dump(new DateTime('2024-01-01') == new DateTime('2024-01-01 00:00:00.000001'), new DateTime('2024-01-01 01:00', $paris) == new DateTime('2024-01-01'));
