<?php
// Patterns frameworks use: U.u timestamps, format constants, createFromFormat with offsets and RFC formats, invalid date and time warnings, month ranges.
$d = DateTimeImmutable::createFromFormat('U.u', '1700000000.123456');
echo $d->format('Y-m-d H:i:s.u e'), "\n";
$d = DateTime::createFromFormat('U', '1700000000', new DateTimeZone('Europe/Paris'));
echo $d->format('c e'), "\n";
$d = (new DateTimeImmutable('@1700000000'))->setTimezone(new DateTimeZone('Europe/Paris'));
echo $d->format(DateTimeInterface::RFC3339_EXTENDED), ' ', $d->format('Uv'), "\n";
echo (new DateTime('2024-01-15 10:00', new DateTimeZone('Europe/Paris')))->format(DATE_RFC7231), "\n";
$start = new DateTimeImmutable('2024-01-01');
$end = $start->modify('+1 month -1 second');
echo $end->format('Y-m-d H:i:s'), "\n";
echo $start->diff($end)->format('%a %d %h:%i:%s'), "\n";
var_dump($start < $end, $start == $start->modify('+0 days'));
echo $start->format('N jS \o\f F Y, g:i a'), "\n";
$d = DateTime::createFromFormat('Y-m-d H:i:s', '2024-13-45 25:61:61');
echo $d ? $d->format('c') : 'false', "\n";
print_r(DateTime::getLastErrors());
$d = DateTime::createFromFormat('Y-m-d G:i', '2024-01-05 7:05');
echo $d->format('c'), "\n";
$d = DateTime::createFromFormat('D, d M Y H:i:s O', 'Mon, 15 Jan 2024 10:00:00 +0100');
echo $d->format('c'), "\n";
$d = DateTime::createFromFormat(DateTime::ATOM, '2024-01-15T10:00:00+01:00');
echo $d->format('c e'), "\n";
$d = DateTime::createFromFormat(DATE_RFC3339_EXTENDED, '2024-01-15T10:00:00.123+01:00');
echo $d->format('Y-m-d H:i:s.u e'), "\n";
