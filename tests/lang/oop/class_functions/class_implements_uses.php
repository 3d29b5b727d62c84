<?php
interface I1 {}
interface I2 extends I1 {}
trait T1 {}
trait T2 { use T1; }
class P implements I2 { use T2; }
class Q extends P implements Countable { public function count(): int { return 0; } }
print_r(class_implements('Q'));
print_r(class_implements(new P));
print_r(class_parents(new Q));
print_r(class_uses('Q'));
print_r(class_uses('P'));
var_dump(class_implements('NoSuchClass', false));
print_r(class_implements(new ArrayObject));
