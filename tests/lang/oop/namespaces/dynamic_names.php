<?php
namespace App\Svc;
class Mailer { public static function send() { return 'sent by ' . __CLASS__; } }
function util() { return 'util'; }
$cls = 'App\Svc\Mailer';
echo $cls::send(), "\n";
$cls2 = '\App\Svc\Mailer';
echo get_class(new $cls2), "\n";
$short = 'Mailer';
try { new $short; } catch (\Error $e) { echo $e->getMessage(), "\n"; }
$fn = 'App\Svc\util';
echo $fn(), "\n";
$fn2 = 'util';
try { $fn2(); } catch (\Error $e) { echo $e->getMessage(), "\n"; }
echo \call_user_func(__NAMESPACE__ . '\util'), "\n";
echo \constant('PHP_EOL') === "\n" ? "ok\n" : "no\n";
var_dump(is_callable('App\Svc\Mailer::send'));
