<?php
// Objects only an array variable holds are destroyed with the array, its element, or the variable.
class T {
    public function __construct(public string $n) {}
    public function __destruct() { echo "~T {$this->n}\n"; }
}
class Plain { public function __construct(public string $n) {} }

echo "-- ids of a literal's objects are reused after it goes\n";
$arr = [new Plain('a'), new Plain('b')];
var_dump(spl_object_id($arr[1]));
$arr = null;
var_dump(spl_object_id(new Plain('c')));

echo "-- reassigning, unsetting and overwriting elements\n";
$list = [new T('x'), 'k' => new T('y'), [new T('nested')]];
echo count($list), " ", $list['k']->n, "\n";
unset($list['k']);
echo "unset y\n";
$list[0] = new T('x2');
echo "overwrote x\n";
$list = [];
echo "cleared\n";

echo "-- filled in a loop, destroyed at the function's end\n";
function fill() {
    $items = [];
    for ($i = 0; $i < 3; $i++) $items[$i] = new T("item$i");
    echo "filled ", count($items), "\n";
}
fill();
echo "after fill\n";

echo "-- an element handed on outlives the array\n";
$pair = [new Plain('first'), new Plain('second')];
$first = $pair[0];
$pair = null;
echo "still have ", $first->n, "\n";
$copied = [new Plain('p'), new Plain('q')];
$other = $copied;
$copied = null;
echo "copy keeps ", count($other), "\n";

echo "-- an ArrayAccess object takes element writes itself\n";
class Coll implements ArrayAccess {
    private array $items = [];
    public function offsetExists($k): bool { echo "offsetExists\n"; return isset($this->items[$k]); }
    public function offsetGet($k): mixed { echo "offsetGet\n"; return $this->items[$k]; }
    public function offsetSet($k, $v): void { echo "offsetSet\n"; $this->items[$k] = $v; }
    public function offsetUnset($k): void { echo "offsetUnset\n"; unset($this->items[$k]); }
}
$coll = new Coll();
$coll[0] = new Plain('in coll');
$coll[0] = new Plain('replaces it');
unset($coll[0]);
echo "end\n";
