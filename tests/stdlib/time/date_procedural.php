<?php
// The procedural aliases of the date classes: date_create(_immutable), date_format, date_modify, date_add/sub, date_diff, date_timestamp_*, date_timezone_*, date_date_set, date_time_set, date_interval_*, timezone_open.
$d = date_create('2024-02-28 22:00');
echo date_format($d, 'Y-m-d H:i'), "\n";
date_modify($d, '+3 hours');
echo date_format($d, 'Y-m-d H:i'), "\n";
date_add($d, new DateInterval('P1M'));
echo date_format($d, DATE_RFC2822), "\n";
date_sub($d, date_interval_create_from_date_string('10 days'));
echo date_format($d, 'Y-m-d'), "\n";
echo date_timestamp_get($d), "\n";
date_timestamp_set($d, 86400 * 365);
echo date_format($d, 'c'), "\n";
date_timezone_set($d, timezone_open('Australia/Sydney'));
echo date_format($d, 'c e'), ' ', date_offset_get($d), ' ', timezone_name_get(date_timezone_get($d)), "\n";
date_date_set($d, 2030, 12, 31);
date_time_set($d, 23, 59, 58);
echo date_format($d, 'Y-m-d H:i:s'), "\n";
$i = date_create_immutable('2024-01-01');
echo get_class($i), ' ', date_format($i, 'l'), "\n";
$iv = date_diff(date_create('2024-01-01'), date_create('2024-03-15 06:00'));
echo date_interval_format($iv, '%m months %d days %h hours (%a total)'), "\n";
var_dump(date_create('not a date'));
var_dump(checkdate(2, 29, 2024), date('Y-m-d', strtotime('2024-02-29 +1 year')));
echo date(DATE_ATOM, 0), ' ', date(DATE_COOKIE, 0), ' ', DATE_RSS, "\n";
