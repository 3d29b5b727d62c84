<?php
class Box implements ArrayAccess {
    public $d = [];
    public function offsetExists($o): bool { return isset($this->d[$o]); }
    public function offsetGet($o): mixed { return $this->d[$o]; }
    public function offsetSet($o, $v): void { $this->d[$o] = $v; }
    public function offsetUnset($o): void { unset($this->d[$o]); }
}
$b = new Box;
$b['list'] = [1, 2];
$b['list'][] = 3;
print_r($b['list']);
$b['obj'] = new Box;
$b['obj']['inner'] = 'works';
echo $b['obj']['inner'], "\n";
$b['n'] = 1;
$b['n']++;
var_dump($b['n']);
$b['s'] = 'a';
$b['s'] .= 'b';
var_dump($b['s']);
[$x, $y] = new class implements ArrayAccess {
    public function offsetExists($o): bool { return true; }
    public function offsetGet($o): mixed { return "v$o"; }
    public function offsetSet($o, $v): void {}
    public function offsetUnset($o): void {}
};
echo $x, $y, "\n";
