<?php
foreach ([0, 0.5, -0.5, 1, -1, 2, 1e-10, INF, -INF, NAN] as $x) {
    echo json_encode([$x]), ' ', var_export([asinh($x), acosh($x), atanh($x), expm1($x), log1p($x)], true), "\n";
}
var_dump(asinh("1"), round(asinh(10), 10), round(acosh(10), 10), round(atanh(0.9), 10), expm1(1e-20), log1p(-1));
try { asinh("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(is_int(getmypid()), getmypid() > 0, is_int(getmyuid()), is_int(getmygid()), is_int(getmyinode()), is_int(getlastmod()),
    is_string(get_current_user()), get_current_user() !== '');
$l = sys_getloadavg();
var_dump(count($l), is_float($l[0]));
$r = getrusage();
var_dump(isset($r['ru_utime.tv_sec'], $r['ru_stime.tv_usec'], $r['ru_maxrss']), is_int($r['ru_utime.tv_usec']));
$t = gettimeofday();
var_dump(array_keys($t), abs($t['sec'] - time()) <= 1, $t['usec'] < 1000000, is_float(gettimeofday(true)), abs(gettimeofday(true) - microtime(true)) < 1);
var_dump(get_include_path(), set_include_path('/a:/b'), get_include_path(), ini_get('include_path'), set_include_path(''));
foreach (['1', '1k', '1K', ' 2 M ', '3g', '0x1F', '0o17', '0b101', '012', '-1g', '+5', '', '  ', 'abc', '12abc', '1kk', '1 k',
    '0z', '0x', '9223372036854775807', '9223372036854775808', '-9223372036854775808', '8g' . str_repeat('0', 0), '9999999999999999999k'] as $q) {
    echo json_encode($q), ' => ', ini_parse_quantity($q), "\n";
}
foreach (['0k', '0', '0M', '07', '010k'] as $q) echo json_encode($q), ' => ', ini_parse_quantity($q), "\n";
