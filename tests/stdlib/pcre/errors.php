<?php
$bad = ['abc', '', '  ', '\\a\\', '/abc', '(abc', '/abc/q', "/abc/\0", '/abc/e', '/(abc/', '/abc)/',
    '/[abc/', '/+a/', '/a{2,1}/', '/(?<n>a)(?<n>b)/', '/(?P<1a>x)/', '/[z-a]/', '/\k<zz>/', "/\xff/u",
    '/a**/', '/\\', '/x/ m', '/a\i/', '/[[:foo:]]/', '/\2(a)/', '/[\d-z]/', '/[a-\d]/', '/[\x7e-\x20]/'];
foreach ($bad as $p) {
    echo json_encode($p), "\n";
    var_dump(preg_match($p, 'abc'));
    var_dump(preg_last_error(), preg_last_error_msg());
}
var_dump(preg_replace('/(/', 'x', 'y'));
var_dump(preg_replace('/(/', 'x', ['a', 'b']));
var_dump(preg_replace(['/a/', '/(/'], 'x', 'a'));
var_dump(preg_split('/(/', 'x'));
var_dump(preg_match_all('/(/', 'x'));
var_dump(preg_grep('/(/', ['x']));
var_dump(preg_replace_callback('/(/', fn($m) => '', 'x'));
var_dump(preg_match("/a/u", "\xff", $m), $m, preg_last_error(), preg_last_error_msg());
var_dump(preg_replace("/a/u", 'b', "\xff"), preg_last_error());
var_dump(preg_split("/a/u", "\xff"));
var_dump(preg_match('/a/', 'abc', $m, 0, 10), $m, preg_last_error_msg());
var_dump(preg_match('/b/u', 'äb', $m, 0, 1), $m, preg_last_error_msg());
var_dump(preg_match('/b/', 'abc'), preg_last_error(), preg_last_error_msg());
try {
    preg_replace('/a/', ['x'], 'a');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    preg_match_all('/a/', 'a', $m, PREG_SET_ORDER | PREG_PATTERN_ORDER);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    preg_replace_callback('/a/', 'no_such_fn', 'a');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
