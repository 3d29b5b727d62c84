<?php
class C implements Countable { public function count(): int { return 7; } }
class NotCountable {}
echo count(new C), " ", count(new C, COUNT_RECURSIVE), "\n";
var_dump(is_countable(new C), is_countable(new NotCountable), is_countable([]));
try { count(new NotCountable); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo sizeof(new C), "\n";
echo count(new ArrayObject([1, 2, 3])), "\n";
