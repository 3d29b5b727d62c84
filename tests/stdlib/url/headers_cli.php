<?php
ob_start();
$r = [headers_sent()];
header("X-A: 1");
header("Content-Type: text/plain");
header("X-A: 2", false);
$r[] = http_response_code();
header("HTTP/1.1 404 Not Found");
$r[] = headers_list();
$r[] = http_response_code();
$r[] = headers_sent($f, $l);
$r[] = $f;
$r[] = $l;
$r[] = http_response_code(201);
$r[] = http_response_code();
header("X-B: 1", true, 503);
$r[] = http_response_code();
$r[] = setcookie("a", "b");
$r[] = setrawcookie("a", "b");
$r[] = setcookie("c", "d e", ['expires' => 0, 'path' => '/', 'samesite' => 'Lax']);
$r[] = setcookie("c", "d", time() + 60, "/", "example.com", true, true);
header_remove("X-A");
header_remove();
$r[] = headers_list();
foreach ([
    fn() => setcookie("a=b", "x"),
    fn() => setcookie("", "x"),
    fn() => setcookie("a", "x", ['bogus' => 1]),
    fn() => setcookie("a", "x", [5 => 1]),
    fn() => setcookie("a", "x", [], "/"),
    fn() => setrawcookie("a", "b c"),
    fn() => setcookie("a", "b", 0, "/a b"),
    fn() => setcookie("a", "b", ['domain' => 'x;y']),
] as $fn) {
    try { $r[] = $fn(); } catch (Throwable $e) { $r[] = get_class($e) . ': ' . $e->getMessage(); }
}
ob_end_flush();
var_dump($r);
var_dump(headers_sent($f, $l), basename($f), $l, headers_list());
header("X: y");
header_remove("X");
var_dump(http_response_code(), http_response_code(3), http_response_code());
var_dump(setcookie('a', 'b'));
header("a\nb");
