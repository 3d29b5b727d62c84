<?php
// date()/gmdate() format characters, mktime()/gmmktime() with carry-over and two-digit years, checkdate(), default time zone (UTC under php -n) and date_default_timezone_set.
echo date("D, d M Y H:i:s", 0), "|", date_default_timezone_get(), "\n";
echo date("N jS z W t L o y a A B g G h H i s u v e I O P p T Z c r U", 1700000000), "\n";
echo gmdate("l jS \of F Y h:i:s A X x", 1234567890), "\n";
foreach ([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31] as $d) echo date("jS ", mktime(0, 0, 0, 1, $d, 2024));
echo "\n";
var_dump(date_default_timezone_set("America/New_York"));
echo date("c T I e P p Z", 1700000000), "|", date("c I T", 1690000000), "|", mktime(12, 0, 0, 7, 4, 2021), "|", gmmktime(0, 0, 0, 1, 1, 1970), "\n";
var_dump(date_default_timezone_set("asia/kolkata"), date("T P e", 1700000000), date_default_timezone_set("Asia/Dubai"), date("T", 0));
var_dump(mktime(0, 0, 0, 13, 1, 2023) === mktime(0, 0, 0, 1, 1, 2024), mktime(0, 0, 0, 2, 30, 2024), date("Y-m-d", mktime(0, 0, 0, 0, 0, 2000)), date("Y", mktime(0, 0, 0, 1, 1, 69)), date("Y", mktime(0, 0, 0, 1, 1, 70)), date("Y", mktime(0, 0, 0, 1, 1, 100)));
var_dump(checkdate(2, 29, 2024), checkdate(2, 29, 2023), checkdate(13, 1, 2020), checkdate(1, 1, 0), date_default_timezone_set("Bad/Zone"), date_default_timezone_get());
echo date("\\Y\\e\\s: Y \\\\ jS", 86400 * 45), "|", date("", 5), "|", date("W o", mktime(0, 0, 0, 1, 1, 2021)), "\n";
date_default_timezone_set("UTC");
echo date("Y-m-d H:i:s", 2147483648), " ", date("Y-m-d", -86400 * 365), "\n";
