<?php
enum P: int { case Low = 1; case Mid = 5; case High = 9; }
$list = [P::High, P::Low, P::Mid];
usort($list, fn($a, $b) => $a->value <=> $b->value);
echo implode(',', array_map(fn($e) => $e->name, $list)), "\n";
class S { public function __construct(private $s) {} public function __toString(): string { return $this->s; } }
$strs = [new S('pear'), new S('apple'), new S('fig')];
usort($strs, 'strcmp');
echo implode(',', $strs), "\n";
sort($strs, SORT_STRING);
echo implode(',', $strs), "\n";
$names = array_map('strval', $strs);
rsort($names);
echo implode(',', $names), "\n";
print_r(array_unique([new S('a'), new S('a'), new S('b')]));
