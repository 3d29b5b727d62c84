<?php
// DateTime::createFromFormat: common format characters, '!' and '|' resets, escapes, time zones in the data and as an argument, unix timestamps, overflowing values.
$cases = [
    ['Y-m-d H:i:s', '2024-01-15 10:30:45'], ['!Y-m-d', '2024-01-15'], ['Y-m-d|', '2024-02-29'], ['!d/m/Y', '15/01/2024'],
    ['!j.n.y', '5.3.24'], ['!D, d M Y', 'Mon, 15 Jan 2024'], ['!l jS F Y', 'Monday 15th January 2024'], ['!m/d/Y g:i A', '01/15/2024 3:05 PM'],
    ['!m/d/Y h:i a', '01/15/2024 12:05 am'], ['!Y-m-d\TH:i:sP', '2024-01-15T10:30:00+02:00'], ['!Y-m-d H:i:s T', '2024-01-15 10:30:00 EST'],
    ['!Y-m-d H:i:s e', '2024-01-15 10:30:00 Europe/Paris'], ['!Y-m-d H:i:s O', '2024-01-15 10:30:00 -0500'], ['U', '1700000000'],
    ['!Y-m-d H:i:s.u', '2024-01-15 10:30:45.123456'], ['!Y-m-d H:i:s.v', '2024-01-15 10:30:45.123'], ['!Y-m-d', '2024-02-30'],
    ['!Y-m-d H:i', '2024-01-15 24:00'], ['!Y#m#d', '2024/01.15'], ['!Y-m-d ??:??', '2024-01-15 ab:cd'], ['!Y-m-d+', '2024-01-15 trailing'],
    ['!\Y\e\a\r: Y', 'Year: 2024'], ['!Y-m-d *', '2024-01-15 whatever'], ['!H\h i\m', '10h 30m'], ['!Ymd', '20240115'], ['!YmdHis', '20240115103045'],
];
foreach ($cases as [$f, $s]) {
    $d = DateTime::createFromFormat($f, $s);
    echo str_pad($f, 22), str_pad($s, 30), ' => ', $d ? $d->format('Y-m-d H:i:s.u T') : 'false', "\n";
}
$d = DateTime::createFromFormat('!Y-m-d H:i', '2024-01-15 10:30', new DateTimeZone('Asia/Tokyo'));
echo $d->format('c e'), ' ', $d->getTimestamp(), "\n";
$d = DateTimeImmutable::createFromFormat('!Y-m-d H:i P', '2024-01-15 10:30 +01:00', new DateTimeZone('Asia/Tokyo'));
echo get_class($d), ' ', $d->format('c e'), "\n";
$d = date_create_from_format('!d.m.Y', '01.02.2003');
echo get_class($d), ' ', $d->format('Y-m-d'), "\n";
$d = date_create_immutable_from_format('!d.m.Y', '01.02.2003');
echo get_class($d), ' ', $d->format('Y-m-d'), "\n";
$d = DateTime::createFromFormat('Y-m-d H:i', '2024-01-15 10:30');
echo $d->format('s u'), "\n";
