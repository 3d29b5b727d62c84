<?php
// DateInterval: ISO 8601 durations, its public properties, format() directives; diff() between dates (inverted, absolute, across zones, month borrows); add()/sub() with intervals.
$i = new DateInterval('P1Y2M3DT4H5M6S');
var_dump($i);
echo $i->format('%y %Y %m %M %d %D %h %H %i %I %s %S %f %F %a %R %r %% %x'), "\n";
foreach (['P2W', 'PT36H', 'P1W3D', 'PT0S', 'P10Y', 'PT90M'] as $s) {
    $v = new DateInterval($s);
    echo $s, ': ', $v->format('%yy %mm %dd %hh %im %ss'), "\n";
}
print_r(new DateInterval('P1D'));
echo serialize(new DateInterval('P1DT2H')), "\n";
var_export(new DateInterval('PT1M'));
echo "\n", json_encode(new DateInterval('P3M')), "\n";
function t($a, $b, $abs = false) {
    $x = (new DateTime($a))->diff(new DateTime($b), $abs);
    echo "$a -> $b: ", $x->format('%R %yy %mm %dd %hh %im %ss %F days=%a'), ' invert=', $x->invert, ' days=', var_export($x->days, true), "\n";
}
t('2023-11-15 10:00:00.25', '2024-01-01');
t('2024-01-01', '2023-11-15 10:00:00.25');
t('2024-01-01', '2023-11-15 10:00:00.25', true);
t('2024-01-31', '2024-03-01');
t('2024-03-01', '2024-01-31');
t('2024-02-29 12:00', '2025-02-28 11:00');
t('2025-02-28 11:00', '2024-02-29 12:00');
t('2024-05-31', '2024-06-30');
t('2024-06-30', '2024-05-31');
t('2024-01-15 10:00', '2024-01-15 09:00');
t('2000-01-01', '2024-06-15 12:34:56');
t('2024-01-15 10:00 Europe/Paris', '2024-01-15 10:00 UTC');
t('2024-01-15', '2024-01-15');
$d = new DateTime('2024-01-31 10:00');
$d->add(new DateInterval('P1M'));
echo $d->format('Y-m-d H:i'), "\n";
$d->sub(new DateInterval('P1M2DT3H'));
echo $d->format('Y-m-d H:i'), "\n";
$v = new DateInterval('P1D');
$v->invert = 1;
$d->add($v);
echo $d->format('Y-m-d H:i'), "\n";
$v->d = 10;
$v->h = 5;
$d->sub($v);
echo $d->format('Y-m-d H:i'), "\n";
$a = new DateTimeImmutable('2024-03-10 00:00');
$diff = $a->diff(new DateTimeImmutable('2024-12-25 18:30'));
echo $a->add($diff)->format('Y-m-d H:i'), ' ', date_interval_format($diff, '%a days, %h:%I'), "\n";
echo date_diff(date_create('2024-01-01'), date_create('2024-12-31'))->days, "\n";
