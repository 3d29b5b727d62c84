<?php
class Store implements ArrayAccess {
    private $d = [];
    public function offsetExists(mixed $o): bool { echo "exists(", var_export($o, true), ")\n"; return isset($this->d[$o]); }
    public function offsetGet(mixed $o): mixed { echo "get(", var_export($o, true), ")\n"; return $this->d[$o] ?? null; }
    public function offsetSet(mixed $o, mixed $v): void { echo "set(", var_export($o, true), ")\n"; if ($o === null) $this->d[] = $v; else $this->d[$o] = $v; }
    public function offsetUnset(mixed $o): void { echo "unset(", var_export($o, true), ")\n"; unset($this->d[$o]); }
}
$s = new Store;
$s['a'] = 1;
$s[] = 'appended';
$s[5] = 'five';
echo $s['a'], "\n";
var_dump(isset($s['a']), isset($s['zz']), empty($s['a']));
var_dump($s['zz'] ?? 'dflt');
unset($s['a']);
var_dump(isset($s['a']));
echo $s[0], "\n";
$s[1.5] = 'float key';
$s[true] = 'bool key';
