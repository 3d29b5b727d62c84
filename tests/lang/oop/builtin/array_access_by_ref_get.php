<?php
class Arr implements ArrayAccess {
    private array $d = [];
    public function offsetExists($o): bool { return isset($this->d[$o]); }
    public function &offsetGet($o): mixed { if (!isset($this->d[$o])) $this->d[$o] = null; return $this->d[$o]; }
    public function offsetSet($o, $v): void { if ($o === null) $this->d[] = $v; else $this->d[$o] = $v; }
    public function offsetUnset($o): void { unset($this->d[$o]); }
    public function all() { return $this->d; }
}
$a = new Arr;
$a['list'] = [];
$a['list'][] = 1;
$a['list'][] = 2;
$a['deep']['x'] = 'y';
print_r($a->all());
