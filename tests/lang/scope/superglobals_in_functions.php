<?php
// Superglobals are visible in every scope without `global`: functions, methods, closures, arrow
// functions, generators; writes go to the global.
function f() {
    var_dump(isset($_SERVER['argv']), is_array($_GET), count($_POST), is_array($_ENV));
    $_GET['from_f'] = 1;
}
class A {
    public function m() { $_POST['m'] = 'x'; return count($_POST); }
    public static function s() { return isset($_GET['from_f']); }
}
f();
var_dump($_GET);
var_dump((new A)->m(), A::s(), $_POST);
$c = function () { $_COOKIE['c'] = true; return array_keys($_COOKIE); };
var_dump($c());
$a = fn($k) => $_GET[$k] ?? 'none';
var_dump($a('from_f'), $a('nope'));
function gen() { foreach ($_GET as $k => $v) yield $k => $v; }
foreach (gen() as $k => $v) echo "$k=$v\n";
function replace() { $_GET = ['new' => 2]; }
replace();
var_dump($_GET);
function req() { return [is_array($_REQUEST), is_array($_FILES)]; }
var_dump(req());
function nested() { return (function () { return $_SERVER['argc']; })(); }
var_dump(nested());
