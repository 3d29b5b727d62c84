<?php
class Plain implements ArrayAccess {
    public $d = [];
    public function offsetExists($o): bool { echo "exists($o) "; return isset($this->d[$o]); }
    public function offsetGet($o): mixed { echo "get($o) "; return $this->d[$o] ?? null; }
    public function offsetSet($o, $v): void { echo "set(" . var_export($o, true) . ") "; if ($o === null) $this->d[] = $v; else $this->d[$o] = $v; }
    public function offsetUnset($o): void { unset($this->d[$o]); }
}
class ByRef extends Plain {
    public function &offsetGet($o): mixed { echo "refget($o) "; if (!isset($this->d[$o])) $this->d[$o] = null; return $this->d[$o]; }
}
class Holder { public $box; public array $arr = []; function __construct() { $this->box = new ByRef; } }

$p = new Plain;
$p['a'] = [1];
$p['a'][] = 2;
echo "\n";
$p['missing']['x'] = 1;
echo "\n";
$p['n'] = 5;
$p['n'] += 10;
echo $p['n'], "\n";
$p['n']--;
echo $p['n'], "\n";
$p[] = 'appended';
echo "\n";
print_r($p->d);

$r = new ByRef;
$r['list'][] = 1;
$r['list'][] = 2;
$r['deep']['a']['b'] = 'c';
$r['cnt'] = 1;
$r['cnt']++;
++$r['cnt'];
$r['str'] = 'a';
$r['str'] .= 'b';
echo "\n";
print_r($r->d);

$p['inner'] = new Plain;
$p['inner']['k'] = 'v';
echo "\n", $p['inner']->d['k'], "\n";

$h = new Holder;
$h->box['x']['y'] = 'z';
$h->arr['q'][] = 1;
echo "\n";
print_r($h->box->d);
print_r($h->arr);

[$first, $second] = $p;
var_dump($first, $second);
['a' => $a] = $p;
print_r($a);

class NotAA { }
$n = new NotAA;
try { $n['a']['b'] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $n['a'] .= 'x'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
