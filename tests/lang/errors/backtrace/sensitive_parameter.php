<?php
// php 8.2's #[SensitiveParameter]: traces and debug_backtrace show a SensitiveParameterValue instead
// of the argument (a variadic one: each argument it took); getValue() gives it back.
class Db { public function connect(string $user, #[SensitiveParameter] string $password, #[\SensitiveParameter] ...$secrets) { throw new RuntimeException("denied"); } }
try { (new Db)->connect('root', 'pw123', 'a', 'b'); } catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
    $a = $e->getTrace()[0]['args'];
    var_dump($a[0], $a[1] instanceof SensitiveParameterValue, $a[1]->getValue(), $a[3]->getValue());
}
function login(#[SensitiveParameter] $pw) { debug_print_backtrace(); return debug_backtrace()[0]['args'][0]; }
$v = login('x');
var_dump(get_class($v), $v->getValue());
$direct = new SensitiveParameterValue('direct');
var_dump($direct->getValue(), count((array) $direct));
