<?php
// Odds and ends: an impossible date's warning in getLastErrors, null and empty strings, zones of constructed dates, clone across zones, ISO years, editing interval properties, DateTimeZone::getTransitions, a default zone set at run time.
$z = new DateTimeZone("Europe/Paris"); print_r($z->getTransitions(1704067200, 1735689599)); print_r((new DateTimeZone("UTC"))->getTransitions(1704067200, 1735689599));
var_dump((new DateTimeZone("+02:00"))->getTransitions(0, 100));
foreach ((new DateTimeZone("America/New_York"))->getTransitions(1700000000, 1800000000) as $t) echo implode(' ', $t), "\n";
foreach ((new DateTimeZone("Australia/Sydney"))->getTransitions(1700000000, 1750000000) as $t) echo implode(' ', $t), "\n";
$d = new DateTime('2024-02-30 10:00');
echo $d->format('Y-m-d'), "\n";
var_dump(DateTime::getLastErrors());
$d = new DateTime('');
echo strlen($d->format('Y')), "\n";
try { $d = new DateTime(null); echo "null ok\n"; } catch (Throwable $e) { echo get_class($e), $e->getMessage(), "\n"; }
$d = new DateTimeImmutable('2024-01-15 10:00:00', new DateTimeZone('America/New_York'));
echo $d->getTimezone()->getName(), ' ', $d->getOffset(), ' ', $d->format('U e T'), "\n";
echo $d->setTimezone(new DateTimeZone('UTC'))->format('c'), "\n";
var_dump($d->getTimestamp() === (new DateTime('2024-01-15 15:00:00'))->getTimestamp());
echo json_encode(new DateTimeZone('Europe/Paris')), "\n";
$a = new DateTime('2024-01-01'); $b = clone $a; $b->setTimezone(new DateTimeZone('Asia/Tokyo'));
var_dump($a == $b, $a->format('c'), $b->format('c'));
echo (new DateTime('2024-01-15'))->format('D, d M Y'), "\n";
echo date('D, d M Y H:i', strtotime('last monday', strtotime('2024-01-15'))), "\n";
echo (new DateTime('2024-12-30'))->format('o-W'), "\n";
$i = new DateInterval('PT0S'); $i->d = 5; $i->invert = 1;
echo (new DateTime('2024-01-10'))->add($i)->format('Y-m-d'), "\n";
echo (new DateTimeImmutable('2024-01-10 12:34:56.789'))->format('Y-m-d\TH:i:s.vP'), "\n";
var_dump((new DateTime('2024-01-10'))->diff(new DateTime('2024-01-10'))->days);
echo (new DateTime('2024-01-31'))->modify('last day of next month')->format('Y-m-d'), "\n";
echo (new DateTime('now', new DateTimeZone('UTC')))->getTimezone()->getName(), "\n";
var_dump(date_default_timezone_set('Europe/Berlin'));
$x = new DateTime('2024-07-01 12:00');
echo $x->format('c e T'), ' ', $x->getTimezone()->getName(), "\n";
print_r($x);
echo date('c', strtotime('2024-07-01 12:00')), "\n";
