<?php
interface I {}
trait T {}
enum E { case X; }
abstract class Ab {}
class C {}
foreach (['I', 'T', 'E', 'Ab', 'C', 'Missing', 'stdClass', 'Traversable', 'UnitEnum'] as $n) {
    printf("%-12s class=%d interface=%d trait=%d enum=%d\n", $n,
        class_exists($n), interface_exists($n), trait_exists($n), enum_exists($n));
}
var_dump(class_exists('c'), class_exists('\C'));
