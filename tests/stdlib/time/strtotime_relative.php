<?php
// The strtotime grammar shared by new DateTime, modify() and strtotime(): absolute dates and times, keywords, relative units, weekdays, "first/last day of", "Nth weekday of", "ago", zones in the string, month overflow.
$base = '2024-01-17 13:45:10'; // a Wednesday
$cases = ['next week', 'last week', 'this week', 'monday next week', 'sunday this week', 'next monday', 'last friday',
    'monday', 'wednesday', 'friday', 'sat', 'first day of next month', 'last day of this month', 'first day of january 2025',
    '+1 week 2 days', '-1 week 2 days', '2 days ago', '+1 month', '-3 months', 'first monday of january 2025',
    'last friday of next month', 'third wednesday of 2024-05', 'second tuesday of next month', 'tomorrow', 'yesterday noon',
    'midnight', 'today +3 hours', '2024-02-10', '10:00', '10pm', '7:30am', 'noon tomorrow', 'next month', 'saturday this week',
    '+2 weekdays', '-3 weekdays', 'january', '15 march', 'March 15, 2025 5pm', 'next year', '1 hour ago', 'this month',
    '@86400', '2024-03-01 -1 day', 'last day of february', '+90 minutes', '+1 fortnight', '3 weeks ago', '+1 year -1 day',
    'now', '2024-12-25T18:00:00', '12/25/2024', '25.12.2024', '25-12-2024', '2024/12/25', '20241225', 'Dec 25 2024',
    '25 Dec 2024 14:15', 'Wed, 17 Jan 2024 09:00:00', '+30 sec', '+1 day +2 hours -5 minutes', 'last day of next month'];
foreach ($cases as $s) {
    $d = new DateTime($base);
    $r = $d->modify($s);
    echo str_pad($s, 32), ' => ', $r ? $d->format('Y-m-d H:i:s D') : 'false', "\n";
}
$t = 1705499110; // 2024-01-17 13:45:10 UTC
foreach (['tomorrow', '+1 week', 'next monday', 'last day of this month', 'midnight', '2024-02-29 12:00', '2024-01-15T10:30:00+02:00',
    '2024-01-15 10:30:00 Europe/Paris', '2024-01-15 10:30 EST', '2024-01-15 10:30:00Z', '@1700000000', 'yesterday 14:00',
    '2024-06-15 -1 month', '2024-03-31 -1 month', '2024-01-31 +1 month', '2023-01-31 +1 month', '2024-02-29 +1 year'] as $s) {
    $ts = strtotime($s, $t);
    echo str_pad($s, 34), ' => ', $ts, ' ', gmdate('Y-m-d H:i:s', $ts), "\n";
}
foreach (['2024-01-31', '2024-03-31', '2024-05-31', '2023-01-29'] as $s) {
    $d = new DateTimeImmutable($s);
    echo $s, ' +1 month = ', $d->modify('+1 month')->format('Y-m-d'), ', first day of next month = ',
        $d->modify('first day of next month')->format('Y-m-d'), ', last day of next month = ',
        $d->modify('last day of next month')->format('Y-m-d'), "\n";
}
foreach (['2024-01-15 10:30:00', '2024-01-15T10:30:00+02:00', '2024-01-15T10:30:00.5-0330', '2024-01-15 10:30 America/Chicago',
    '2024-07-15 10:30 PST', '@1700000000.25', '@-1000', 'Jan 1 2000 UTC', '2024-01-15 10:30 GMT'] as $s) {
    $d = new DateTime($s);
    echo str_pad($s, 34), ' => ', $d->format('Y-m-d H:i:s.u T e P U'), "\n";
}
var_dump(strtotime('garbage'), strtotime(''), strtotime('2024-01-15 25:00'), strtotime('1 January 2024 00:00:00 UTC'));
