<?php
// More strtotime formats against a fixed base: textual dates, American/European forms, ISO week dates, zones, keyword combinations.
$t = 1705499110;
$list = ['2024-01-15 10:30:00.5', 'Monday, January 15, 2024', 'Mon Jan 15 2024 10:30:00', 'Mon, 15 Jan 2024 10:30:00 +0000', '2024-01-15T10:30:00.000Z',
'2024-01-15T10:30:00.123456+05:30', '15 January 2024', 'January 2024', 'Jan 2024', '2024-1-5', '1/5/2024', '1/5/24', '5.1.24', '5-1-2024',
'10:30', '10:30:45', '10.30', '3pm', '3 pm', '15:00 +1 day', 'next sunday', 'last sunday', 'sunday', 'sun', 'this sunday', 'next sat',
'+1 day 10:00', 'tomorrow 10:00', 'tomorrow noon', 'today 23:59:59', 'midnight +1 day', 'first day of this month midnight', 'last day of next month 23:59',
'first day of last month', 'last day of previous month', '+1 months', '-1 year', '+10 years', 'next week monday', 'last monday of this month',
'first sunday of next month', '1 week ago', '+1 week ago', '-1 day ago', '+1 hour 30 minutes', '2 hours', 'hour', 'now + 1 day', 'NOW', 'Tomorrow', 'NEXT MONDAY', '2024-01-15 UTC', '2024-01-15 Europe/London', '2024-01-15 10:30 America/Los_Angeles',
'2024-01-15 10:30 +05:00', '2024-01-15 10:30 -3', '10:30 CET', '2024W03', '2024-W03-2', '@0', '@-86400', 'yesterday midnight', 'eighth day', 
'2024-02-30', '2024-00-10', '0000-00-00 00:00:00', '1999-12-31 23:59:59', '31 Dec 1999', 'Dec 31', 'december', '12 o\'clock', 
'noon yesterday', 'saturday next week', 'friday last week', '+0 day', 'first day of', 'last day of', 'the day after tomorrow', '1 Jan', 'Jan 1st', 'Jan 1st 2025', 'July 4th, 2025 8:00 PM'];
foreach ($list as $s) { $r = strtotime($s, $t); echo str_pad($s, 36), ' => ', $r === false ? 'false' : gmdate('Y-m-d H:i:s', $r), "\n"; }
