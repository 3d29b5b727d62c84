<?php
// References to ArrayAccess elements: $r = &$o[k], foreach by reference over $o[k], by-reference
// arguments; through a by-value offsetGet (a temporary, with php's notice) and a by-reference one.
class Box implements ArrayAccess {
    private array $d = ['k' => [1, 2]];
    public function offsetExists($o): bool { return isset($this->d[$o]); }
    public function offsetGet($o): mixed { return $this->d[$o]; }
    public function offsetSet($o, $v): void { if ($o === null) $this->d[] = $v; else $this->d[$o] = $v; }
    public function offsetUnset($o): void { unset($this->d[$o]); }
}
class RefBox extends Box {
    private array $e = ['k' => [1, 2]];
    public function &offsetGet($o): mixed { return $this->e[$o]; }
    public function dump() { print_r($this->e); }
}
$b = new Box;
$r = &$b['k'];
$r[] = 3;
var_dump($b['k']);
foreach ($b['k'] as &$v) { $v *= 2; }
unset($v);
var_dump($b['k']);
$rb = new RefBox;
$r2 = &$rb['k'];
$r2[] = 3;
$rb->dump();
foreach ($rb['k'] as &$v) { $v *= 10; }
unset($v);
$rb->dump();
$rb['k'][] = 4;
$rb->dump();
function addOne(array &$a) { $a[] = 1; }
addOne($rb['k']);
$rb->dump();
addOne($b['k']);
var_dump(count($b['k']));
sort($rb['k']);
$rb->dump();
$x = &$b[];
var_dump($x);
