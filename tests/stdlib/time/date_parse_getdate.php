<?php
// date_parse (fields, relative parts, zones, errors), getdate, localtime, idate at a fixed timestamp.
var_dump(date_parse('2024-01-15 10:30:45.5'));
var_dump(date_parse('next monday +2 days'));
var_dump(date_parse('2024-01-15T10:30:00+02:00'));
var_dump(date_parse('10:00 Europe/Paris'));
var_dump(date_parse('foo'));
print_r(getdate(1700000000)); print_r(localtime(1700000000, true)); print_r(localtime(1700000000));
echo idate('Y', 1700000000), idate('y', 1700000000), ' ', idate('z', 1700000000), "\n";
var_dump(date_parse('last day of next month'), date_parse('2024-01-15 10:30 EST +2 weekdays'));
foreach (str_split('BdhHiILmNostUwWyYzZ') as $c) echo $c, '=', idate($c, 1700000000), ' ';
echo "\n";
