<?php
function show($v) { echo var_export($v, true), "\n"; }
echo "-- email\n";
foreach (['a@b.co', 'first.last@example.com', 'a+tag@sub.example.org', 'a@b', 'a@@b.com', '"quoted"@example.com', 'x@[127.0.0.1]',
    'x@[IPv6:::1]', 'no-at', 'a..b@c.com', '.a@b.com', 'a@-b.com', 'ü@b.com', str_repeat('a', 65) . '@b.com', 'a@b.c1', ' a@b.co'] as $v) {
    echo $v, ' => '; show(filter_var($v, FILTER_VALIDATE_EMAIL));
}
echo "-- url\n";
foreach (['http://example.com', 'https://example.com/path?q=1#f', 'http://localhost', 'ftp://x.y/z', 'mailto:a@b.c', 'news:comp.lang',
    'file:///etc/x', 'example.com', 'http://', 'http://-bad.com', 'http://exa_mple.com', 'http://[::1]/', 'http://[zz]/', 'http://a b.com',
    'http://user:pa ss@x.com', 'http://us%20er:p@x.com', 'http://us^er@x.com', 'javascript://x', 'http://ex.com:99999', 'foo://bar'] as $v) {
    echo $v, ' => '; show(filter_var($v, FILTER_VALIDATE_URL));
}
show(filter_var('http://x.com', FILTER_VALIDATE_URL, FILTER_FLAG_PATH_REQUIRED));
show(filter_var('http://x.com/p', FILTER_VALIDATE_URL, FILTER_FLAG_PATH_REQUIRED));
show(filter_var('http://x.com/p', FILTER_VALIDATE_URL, FILTER_FLAG_QUERY_REQUIRED));
show(filter_var('http://x.com/p?a', FILTER_VALIDATE_URL, FILTER_FLAG_QUERY_REQUIRED));
echo "-- ip\n";
foreach (['127.0.0.1', '192.168.1.1', '10.0.0.1', '8.8.8.8', '256.1.1.1', '01.2.3.4', '1.2.3', '::1', '2001:db8::1', 'fe80::1', 'fd00::1',
    '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8', '1::2::3', '2607:f8b0::1', 'abc', '0.0.0.0', '169.254.0.1', '240.0.0.1', '100.64.0.1', '192.88.99.1'] as $v) {
    echo $v, ' => ', var_export(filter_var($v, FILTER_VALIDATE_IP), true), ' v4:', var_export(filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4), true),
        ' v6:', var_export(filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_IPV6), true),
        ' nopriv:', var_export(filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE), true),
        ' nores:', var_export(filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_NO_RES_RANGE), true),
        ' global:', var_export(filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_GLOBAL_RANGE), true), "\n";
}
echo "-- mac\n";
foreach (['01:23:45:67:89:ab', '01-23-45-67-89-AB', '0123.4567.89ab', '01:23:45:67:89', '01:23:45:67:89:zz', '01-23:45-67-89-ab'] as $v) {
    echo $v, ' => '; show(filter_var($v, FILTER_VALIDATE_MAC));
}
show(filter_var('01:23:45:67:89:ab', FILTER_VALIDATE_MAC, ['options' => ['separator' => '-']]));
try { filter_var('01:23:45:67:89:ab', FILTER_VALIDATE_MAC, ['options' => ['separator' => '--']]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo "-- domain\n";
foreach (['example.com', 'exa_mple.com', '-a.com', 'a..b', 'a.', '', str_repeat('a', 64) . '.com', 'ü.com'] as $v) {
    echo var_export($v, true), ' => ', var_export(filter_var($v, FILTER_VALIDATE_DOMAIN), true), ' ',
        var_export(filter_var($v, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME), true), "\n";
}
