<?php
foreach (['1.2.3.4', '255.255.255.255', '0.0.0.0', '01.2.3.4', '1.2.3', '1.2.3.4 ', ' 1.2.3.4', '256.1.1.1', '1.2.3.4.5', '', 'abc', '1..2.3', '127.0.0.1'] as $ip) {
    echo json_encode($ip), " ", var_export(ip2long($ip), true), "\n";
}
foreach ([0, -1, 16909060, 4294967296 + 5, PHP_INT_MAX, PHP_INT_MIN, "3232235777"] as $l) echo long2ip($l), "\n";
foreach (['::1', '::', '1.2.3.4', '::ffff:1.2.3.4', '::1.2.3.4', '1:0:0:2:0:0:0:3', '2001:db8::ff00:42:8329', 'fe80::1%eth0',
    '1:2:3:4:5:6:7:8', '1::2::3', '1:2:3:4:5:6:7:8:9', 'abcd', '12345::', '::ffff:0:0', '0:0:0:0:0:1:0:0', '1:0:0:0:1:0:0:0',
    'ABCD:EF01::', '::1.2.3'] as $ip) {
    $p = inet_pton($ip);
    echo json_encode($ip), " ", $p === false ? 'false' : bin2hex($p) . ' ' . inet_ntop($p), "\n";
}
var_dump(inet_ntop('abc'), inet_ntop(''), inet_ntop("\x7f\0\0\1"), inet_ntop(str_repeat("\0", 16)));
var_dump(gethostbyname('127.0.0.1'), gethostbynamel('127.0.0.1'));
var_dump(escapeshellarg("it's"), escapeshellarg(""), escapeshellarg("a b\"c\\"));
var_dump(escapeshellcmd("a'b\"c'd #x"), escapeshellcmd("ls *.txt; rm -rf / && echo \$HOME `id` | x > y < z"),
    escapeshellcmd("'quoted' \"also\""), escapeshellcmd("say \"hi"), escapeshellcmd("a\nb\\c~^[]{}()?"));
try { escapeshellarg("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { escapeshellcmd("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
