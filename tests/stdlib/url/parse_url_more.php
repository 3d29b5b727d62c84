<?php
$urls = ['http://user:pass@host:8080/p/a/t/h?query=1&b[]=2#frag', '//example.com/x', '/just/path?q', 'host:80',
    'mailto:a@b.c', 'http://[::1]:80/', 'http:///x', 'a:65536', 'file:///etc/passwd', 'file:///c:/dir/f.txt', '?x=1', '#f',
    'http://host:/p', 'http://u@h', 'http://h:0/', 'x://::abc/?', 'http://h?#', '', 'www.example.com/path',
    'http://a:b@c:d@e/', 'http://host/path with space', 'http://ex.com:8080', '//h:1/', 'a:1', 'foo:bar/baz',
    'http:', 'http://h:12ab/', 'http://h:123456/', "http://h\x01st/p\x7f", 'https://h/a?b?c#d#e', ':80', ':',
    '/a:b', 'a/b:80', 'http://:80', 'http://h:80:90/', 'javascript:alert(1)', 'urn:isbn:0451450523',
    'http://[2001:db8::1]/x', 'HTTP://EXAMPLE.com', 'ftp://a@b@c/', 's3://bucket/key?versionId=1', '//', '///',
    'http://user@:80', 'x:/y', 'x://y:-1/'];
foreach ($urls as $u) {
    echo json_encode($u), " => ";
    var_export(parse_url($u));
    echo "\n";
}
$u = 'http://u:p@h:81/p?q#f';
foreach ([PHP_URL_SCHEME, PHP_URL_HOST, PHP_URL_PORT, PHP_URL_USER, PHP_URL_PASS, PHP_URL_PATH, PHP_URL_QUERY, PHP_URL_FRAGMENT, -1, -5] as $c) {
    var_dump(parse_url($u, $c));
}
var_dump(parse_url('http://h/p', PHP_URL_QUERY), parse_url('http:///', PHP_URL_HOST), parse_url('//h', PHP_URL_PORT));
try { parse_url('x', 8); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { parse_url([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(PHP_URL_SCHEME, PHP_URL_FRAGMENT, PHP_QUERY_RFC1738, PHP_QUERY_RFC3986);
