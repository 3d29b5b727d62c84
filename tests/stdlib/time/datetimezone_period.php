<?php
// DateTimeZone (identifiers, offsets, abbreviations; getName/getOffset; dumps; serialize) and DatePeriod (recurrences, end dates, EXCLUDE_START_DATE, INCLUDE_END_DATE, its getters).
$z = new DateTimeZone('Europe/Paris');
var_dump($z);
print_r(new DateTimeZone('+02:00'));
echo "\n", json_encode(new DateTimeZone('EST')), "\n";
echo serialize($z), "\n";
var_dump(unserialize(serialize($z)));
var_export($z);
echo "\n";
var_dump(DateTimeZone::UTC, DateTimeZone::EUROPE, DateTimeZone::ALL);
$ids = DateTimeZone::listIdentifiers();
var_dump(in_array('Europe/Paris', $ids), in_array('America/New_York', $ids), in_array('UTC', $ids), end($ids));
echo timezone_name_get(timezone_open('Asia/Kolkata')), ' ', timezone_offset_get(timezone_open('Asia/Kolkata'), date_create('2024-01-01')), "\n";
$p = new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1D'), 2);
print_r($p);
foreach ($p as $k => $d) echo $k, ' ', get_class($d), ' ', $d->format('Y-m-d'), "\n";
$p = new DatePeriod(new DateTimeImmutable('2024-01-30'), new DateInterval('P1M'), new DateTime('2024-06-01'), DatePeriod::EXCLUDE_START_DATE);
foreach ($p as $k => $d) echo $k, ' ', get_class($d), ' ', $d->format('Y-m-d'), "\n";
$p = new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1W'), new DateTime('2024-01-29'));
foreach ($p as $d) echo $d->format('m/d '), '';
echo "\n";
$p = new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1W'), new DateTime('2024-01-29'), DatePeriod::INCLUDE_END_DATE);
foreach ($p as $d) echo $d->format('m/d '), '';
echo "\n";
$p = new DatePeriod(new DateTime('2024-01-01 09:00'), new DateInterval('PT8H'), 4, DatePeriod::EXCLUDE_START_DATE);
foreach ($p as $d) echo $d->format('D H:i | ');
echo "\n";
echo $p->getStartDate()->format('c'), ' ', var_export($p->getEndDate(), true), ' ', $p->getDateInterval()->format('%h'), ' ', $p->getRecurrences(), "\n";
echo DatePeriod::EXCLUDE_START_DATE, DatePeriod::INCLUDE_END_DATE, "\n";
echo count(iterator_to_array($p)), "\n";
foreach (['Europe/Paris', 'UTC', 'utc', '+02:00', '-0530', 'EST', 'America/New_York', 'asia/tokyo'] as $n) {
    $z = new DateTimeZone($n);
    echo str_pad($n, 18), $z->getName(), ' ', $z->getOffset(new DateTime('2024-07-01')), ' ', $z->getOffset(new DateTime('2024-01-01')), "\n";
}
