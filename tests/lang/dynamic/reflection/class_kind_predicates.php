<?php
interface I {}
abstract class Abs { abstract function f(); }
final class Fin {}
trait T {}
enum E { case A; }
readonly class RO { public int $x; }
class Plain {}
foreach (['I', 'Abs', 'Fin', 'T', 'E', 'RO', 'Plain'] as $n) {
    $r = new ReflectionClass($n);
    printf("%-5s interface=%d abstract=%d final=%d trait=%d enum=%d readonly=%d anonymous=%d\n", $n,
        $r->isInterface(), $r->isAbstract(), $r->isFinal(), $r->isTrait(), $r->isEnum(), $r->isReadOnly(), $r->isAnonymous());
}
$anon = new class {};
$r = new ReflectionClass($anon);
var_dump($r->isAnonymous(), $r->isFinal());
