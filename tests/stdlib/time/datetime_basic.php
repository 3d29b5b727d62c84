<?php
// DateTime: construction from fixed strings, format() characters (incl. u/v/e/T/P/p/O/Z), the DateTimeInterface constants, getters and setters, dumps, serialize, clone and comparison.
$d = new DateTime('2024-01-15 10:30:45.123456');
var_dump($d);
echo $d->format('Y-m-d H:i:s.u v e T P p O Z U N jS z W t L D l M F a g G h'), "\n";
foreach (['ATOM', 'COOKIE', 'ISO8601', 'RFC822', 'RFC850', 'RFC1036', 'RFC1123', 'RFC7231', 'RFC2822', 'RFC3339', 'RFC3339_EXTENDED', 'RSS', 'W3C'] as $c) {
    echo $c, ': ', constant("DateTimeInterface::$c"), ' => ', $d->format(constant("DateTime::$c")), "\n";
}
echo $d->getTimestamp(), ' ', $d->getOffset(), ' ', $d->getTimezone()->getName(), "\n";
$r = $d->setDate(2023, 2, 31);
var_dump($r === $d);
echo $d->format('c u'), "\n";
$d->setTime(25, 70, 5);
echo $d->format('c u'), "\n";
$d->setTime(8, 0, 0, 250000);
echo $d->format('Y-m-d H:i:s.u'), "\n";
$d->setTimestamp(1700000000);
echo $d->format(DATE_ATOM), ' ', $d->format('u'), "\n";
$d->setISODate(2024, 1);
echo $d->format('Y-m-d l'), "\n";
$d->setISODate(2021, 52, 7);
echo $d->format('Y-m-d l'), "\n";
print_r($d);
echo "\n";
var_export($d);
echo "\n", json_encode($d), "\n";
$s = serialize($d);
echo $s, "\n";
$u = unserialize($s);
echo get_class($u), ' ', $u->format('c'), ' ', var_export($u == $d, true), "\n";
$c = clone $d;
$c->modify('+1 day');
echo $d->format('Y-m-d'), ' ', $c->format('Y-m-d'), "\n";
var_dump($d < $c, $d == $c, $d > $c, $d <=> $c, $c <=> $d);
$i = new DateTimeImmutable('@' . $d->getTimestamp());
var_dump($i == $d, $i <=> $d);
$p = new DateTime('2024-01-15 12:00', new DateTimeZone('Europe/Paris'));
$q = new DateTime('2024-01-15 11:00');
var_dump($p == $q, $p->getTimestamp() === $q->getTimestamp());
echo $p->format('c T e I'), "\n";
$p->setTimezone(new DateTimeZone('America/New_York'));
echo $p->format('c T e'), "\n";
$p->setTimezone(new DateTimeZone('+05:30'));
echo $p->format('c T e Z'), "\n";
print_r($p);
echo "\n";
$s = new DateTime('2024-07-01 12:00:00', new DateTimeZone('Europe/London'));
echo $s->format('c T I Z'), "\n";
var_dump($d instanceof DateTimeInterface, $i instanceof DateTimeInterface, $d instanceof DateTimeImmutable);
